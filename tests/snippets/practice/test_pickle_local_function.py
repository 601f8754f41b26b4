import re

from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_a_local_function_cannot_be_sent_and_the_error_changed_in_3_13_and_3_14(start_method):
    result = run_snippet("practice/pickle_local_function.py", start_method=start_method)
    if python_version(result) >= (3, 14):  # a PicklingError, with notes saying where
        assert re.fullmatch(
            r"_pickle\.PicklingError: Can't pickle local object <function make_scaler\.<locals>\.scale at 0x[0-9a-f]+>",
            result.lines[0],
        )
        assert result.lines[1] == "  note: when serializing dict item 'fn'"
        assert all(line.startswith("  note: when serializing ") for line in result.lines[1:])
    elif python_version(result) == (3, 13):
        assert result.lines == [
            "builtins.AttributeError: Can't get local object 'make_scaler.<locals>.scale'"
        ]
    else:
        assert result.lines == [
            "builtins.AttributeError: Can't pickle local object 'make_scaler.<locals>.scale'"
        ]
