import re

from tests.helpers import each_start_method, python_version, run_snippet


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
    # The page shows the traceback of each version (pythons= on its fence).
    assert re.fullmatch(r'  File "<stdlib>/multiprocessing/process\.py", line \d+, in _bootstrap', before[2])
    assert before[3] == "    self.run()"
    if python_version(result) >= (3, 13):  # markers under a call even when it is the whole line
        assert before[4] == "    ~~~~~~~~^^"
    else:
        assert before[4].startswith('  File "<stdlib>/multiprocessing/process.py"')
