from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_join_before_get_times_out_and_get_then_join_succeeds(start_method):
    lines = run_snippet("practice/queue_join_before_get.py", start_method=start_method).lines
    assert lines == [
        # put() had returned, yet the child could not exit: its data was still unflushed
        "join(timeout=0.5) returned: is_alive()=True, exitcode=None",
        "get() returned 1,000,000 bytes; join(): exitcode=0",
    ]
