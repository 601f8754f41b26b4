from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_executor_re_raises_system_exit_the_pool_loses_the_result(start_method):
    lines = run_snippet("pools/sys_exit_in_task.py", start_method=start_method).lines
    assert lines == [
        "ProcessPoolExecutor: result() raises SystemExit(3)",  # sent back like any exception
        "Pool: no result after 0.5 s, and none will come (get() would wait forever)",
    ]
