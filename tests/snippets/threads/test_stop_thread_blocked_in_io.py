from tests.helpers import run_snippet


def test_shutdown_wakes_a_blocked_recv_and_a_timeout_lets_the_loop_see_the_flag():
    lines = run_snippet("threads/stop_thread_blocked_in_io.py").lines
    assert lines == [
        "reader: recv() returned b'', returning",  # shutdown() ended the blocked call
        "timed reader: got b'hello'",  # data is read before the flag is looked at
        "timed reader: stop flag seen, returning",
    ]
