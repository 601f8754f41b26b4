import re

from tests.helpers import run_snippet


def test_sigint_sets_the_event_and_every_worker_stops_cleanly():
    result = run_snippet("practice/clean_shutdown.py")
    lines = result.lines
    assert lines[0] == "main: got SIGINT, asking the workers to stop"
    assert [re.sub(r"\d+ units", "N units", line) for line in lines[1:3]] == [
        "worker-0 stopped cleanly after N units of work",
        "worker-1 stopped cleanly after N units of work",
    ]
    assert all(int(re.search(r"(\d+) units", line)[1]) >= 1 for line in lines[1:3])
    assert lines[3:] == ["main: every worker has stopped, exiting with code 0"]
    assert result.returncode == 0 and "Traceback" not in result.output
