import re

from tests.helpers import python_version, run_snippet


def test_numpy_cannot_be_imported_in_a_subinterpreter():
    result = run_snippet("practice/interpreter_extension_module.py")
    if python_version(result) < (3, 14):
        assert result.lines == [
            "concurrent.interpreters needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert re.fullmatch(r"main interpreter: numpy [\d.]+ imported", result.lines[0])
    assert result.lines[1:] == [
        "interpreter 1: ImportError, ending with:",
        "    Original error was: module numpy._core._multiarray_umath does not support loading in subinterpreters",
        "interpreter 1: json, decimal and sqlite3 imported",
    ]
