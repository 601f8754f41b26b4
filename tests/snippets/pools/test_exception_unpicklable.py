import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_an_exception_that_cannot_be_pickled_arrives_as_a_pickling_error(start_method):
    lines = run_snippet("pools/exception_unpicklable.py", start_method=start_method).lines
    assert lines[:2] == [
        "ProcessPoolExecutor: TypeError: cannot pickle '_thread.lock' object",
        "  original, as text only: True",
    ]
    assert re.fullmatch(
        r"Pool: MaybeEncodingError: Error sending result: "
        r"'<multiprocessing\.pool\.ExceptionWithTraceback object at 0x[0-9a-f]+>'\. "
        r"Reason: 'TypeError\(\"cannot pickle '_thread\.lock' object\"\)'",
        lines[2],
    )
    assert len(lines) == 3
