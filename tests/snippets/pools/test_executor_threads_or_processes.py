from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_same_code_runs_on_threads_and_on_processes(start_method):
    lines = run_snippet("pools/executor_threads_or_processes.py", start_method=start_method).lines
    assert lines == [
        "ThreadPoolExecutor: 49, [0, 1, 4, 9, 16], computed in this process",
        "ProcessPoolExecutor: 49, [0, 1, 4, 9, 16], computed in another process",
    ]
