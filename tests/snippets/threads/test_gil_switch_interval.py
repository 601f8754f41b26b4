from tests.helpers import run_snippet


def test_switch_interval_and_gil_state():
    lines = run_snippet("threads/gil_switch_interval.py").lines
    assert lines[0] == "switch interval: 0.005 s"  # the default, since Python 3.2
    if lines[1] == "free-threaded build: False":  # the builds this site is tested with
        assert lines[2].startswith("GIL enabled right now: True")
