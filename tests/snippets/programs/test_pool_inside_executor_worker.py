from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_process_pool_executor_worker_is_not_a_daemon_and_may_start_a_pool(start_method):
    lines = run_snippet("programs/pool_inside_executor_worker.py", start_method=start_method).lines
    assert lines == [
        "executor worker daemon=False: inner Pool returned [1, 4, 9]",
        "executor worker daemon=False: inner Pool returned [16, 25]",
    ]
