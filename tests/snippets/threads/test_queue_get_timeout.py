from tests.helpers import run_snippet


def test_get_with_a_timeout_lets_the_worker_see_the_stop_flag():
    lines = run_snippet("threads/queue_get_timeout.py").lines
    assert lines[:3] == ["worker: did job 0", "worker: did job 1", "worker: did job 2"]
    empty_waits = lines[3:-2]
    assert empty_waits and set(empty_waits) == {"worker: no job for 0.2 s, checking the stop flag"}
    assert lines[-2:] == ["worker: stop requested, returning", "main: worker joined"]
