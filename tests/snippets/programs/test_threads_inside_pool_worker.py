from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_daemonic_pool_worker_may_start_threads(start_method):
    lines = run_snippet("programs/threads_inside_pool_worker.py", start_method=start_method).lines
    assert lines == [
        "daemon=True: 2 downloads in threads, total 23",
        "daemon=True: 3 downloads in threads, total 38",
    ]
