from tests.helpers import python_version, run_snippet


def test_switch_interval_and_gil_state():
    result = run_snippet("threads/gil_switch_interval.py")
    lines = result.lines
    assert lines[0] == "switch interval: 0.005 s"  # the default, since Python 3.2
    if lines[1] == "free-threaded build: False":  # the builds this site is tested with
        if python_version(result) >= (3, 13):  # sys._is_gil_enabled() exists
            assert lines[2:] == ["GIL enabled right now: True"]
        else:
            assert lines[2:] == ["GIL enabled right now: True (before 3.13 every CPython build has one)"]
    else:  # a free-threaded build (3.14t in the GitHub workflow): the GIL is off by default
        assert lines[1:] == ["free-threaded build: True", "GIL enabled right now: False"]
