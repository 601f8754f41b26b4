from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_thread_pool_tasks_share_the_process_pool_tasks_do_not(start_method):
    lines = run_snippet("pools/thread_pool_or_pool.py", start_method=start_method).lines
    assert lines == [
        "ThreadPool: map() returned [0, 1, 4, 9, 16], this process saw [0, 1, 2, 3, 4]",  # threads
        "      Pool: map() returned [0, 1, 4, 9, 16], this process saw []",  # other processes
    ]
