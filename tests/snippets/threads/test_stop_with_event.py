from tests.helpers import run_snippet


def test_a_non_daemon_thread_stops_cleanly_when_asked():
    assert run_snippet("threads/stop_with_event.py").lines == [
        "worker: stop requested, cleanup done",  # its finally block ran
        "main: worker alive: False, exiting",
    ]
