from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_an_unchecked_future_loses_its_exception_a_checked_one_reports_it(start_method):
    result = run_snippet("processes/future_exception_lost.py", start_method=start_method)
    # Output is stdout and stderr together: the first failure leaves no trace at all,
    # no traceback and no error exit code; the second one is reported by the callback.
    assert result.lines == [
        "1. unchecked Future: the division by zero vanished, nothing was raised",
        "callback: the task failed with ZeroDivisionError('division by zero')",
        "2. checked Future: exception() = ZeroDivisionError('division by zero')",
    ]
    assert "Traceback" not in result.output
