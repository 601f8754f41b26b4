import re

from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_a_local_function_a_lambda_and_a_method_of_an_object_with_a_lock_cannot_be_sent(start_method):
    result = run_snippet("pools/pickling_errors.py", start_method=start_method)
    lines = result.lines
    version = python_version(result)
    if version >= (3, 14):  # 3.14: PicklingError, naming the function object
        assert re.fullmatch(
            r"nested function: PicklingError: Can't pickle local object "
            r"<function make_scaler\.<locals>\.scale at 0x[0-9a-f]+>",
            lines[0],
        )
        lambda_reason = r"it's not found as __main__\.<lambda>"
    else:
        verb = "get" if version >= (3, 13) else "pickle"  # 3.13 reworded the message
        assert (
            lines[0]
            == f"nested function: AttributeError: Can't {verb} local object 'make_scaler.<locals>.scale'"
        )
        lambda_reason = r"attribute lookup <lambda> on __main__ failed"
    assert re.fullmatch(
        rf"lambda: PicklingError: Can't pickle <function <lambda> at 0x[0-9a-f]+>: {lambda_reason}", lines[1]
    )
    assert lines[2] == "bound method: TypeError: cannot pickle '_thread.lock' object"
    assert len(lines) == 3
