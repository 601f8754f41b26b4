from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_process_pools_return_the_values_of_their_tasks(start_method):
    lines = run_snippet("pools/process_result_pool.py", start_method=start_method).lines
    assert lines == [
        "ProcessPoolExecutor: submit -> 49, map -> [0, 1, 4, 9, 16]",
        "Pool: apply_async -> 49, map -> [0, 1, 4, 9, 16]",
    ]
