from tests.helpers import run_snippet


def test_a_loop_in_its_own_thread_runs_coroutines_and_callbacks_then_stops():
    lines = run_snippet("programs/loop_in_background_thread.py").lines
    assert lines == [
        "main: results = [0, 2, 4]",
        "loop-thread: a plain callback, run by the loop",  # runs in the loop's thread, before stop()
        "main: loop stopped, closed = True",
    ]
