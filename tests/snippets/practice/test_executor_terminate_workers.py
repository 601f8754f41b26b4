from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_terminate_workers_ends_calls_that_never_end(start_method):
    result = run_snippet("practice/executor_terminate_workers.py", start_method=start_method)
    if python_version(result) < (3, 14):
        assert result.lines == [
            "terminate_workers() needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines == [
        "call 0: BrokenProcessPool",
        "call 1: BrokenProcessPool",
        "worker processes left: 0",
    ]
