from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_callbacks_run_in_the_parent_in_a_helper_thread_or_at_once_if_done(start_method):
    lines = run_snippet("pools/future_done_callback.py", start_method=start_method).lines
    assert lines == [
        # square(7) waits for `go`, set only after add_done_callback(): never done before it
        "callback got 49 in the parent process, another thread",  # the executor's own thread
        "callback got 49 in the parent process, main thread",  # added after completion: called at once
    ]
