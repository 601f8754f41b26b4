from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_an_apply_async_exception_shows_only_through_get_or_error_callback(start_method):
    result = run_snippet("processes/pool_exceptions.py", start_method=start_method)
    assert result.lines == [
        "error_callback got ZeroDivisionError('division by zero')",  # ran before join() returned
        "get() raised ZeroDivisionError('division by zero')",
        "forgotten failed too, silently: successful() = False",
    ]
    assert "Traceback" not in result.output  # the forgotten error left no trace at all
