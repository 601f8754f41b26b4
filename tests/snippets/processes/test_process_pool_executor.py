from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_executor_map_futures_exceptions_and_a_waiting_with_block(start_method):
    lines = run_snippet("processes/process_pool_executor.py", start_method=start_method).lines
    assert lines == [
        "map: [0, 1, 4, 9, 16]",
        "result() raised ZeroDivisionError('division by zero')",
        "after the block: done=True, result=49",  # the with block waited for the last task
    ]
