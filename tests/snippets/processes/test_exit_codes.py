from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_exit_codes_of_exit_return_exception_and_terminate(start_method):
    result = run_snippet("processes/exit_codes.py", start_method=start_method)
    lines = result.lines
    separator = lines.index("========")
    assert lines[separator + 1 :] == [
        "  exit_error: exitcode 1",  # sys.exit(1)
        "     exit_ok: exitcode 0",  # returned normally
        "return_value: exitcode 0",  # a return value is not an exit code
        "      raises: exitcode 1",  # an uncaught exception
        "  terminated: exitcode -15",  # killed by signal 15, SIGTERM
    ]
    before = lines[:separator]  # the failing child printed its traceback before we joined it
    assert before[0] == "Process raises:"
    assert before[1] == "Traceback (most recent call last):"
    assert before[-1] == "RuntimeError: There was an error!"
