import re

from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_a_function_of_a_python_c_program_cannot_be_found_by_a_spawned_worker(start_method):
    result = run_snippet("pools/pickling_main_not_importable.py", start_method=start_method)
    lines = result.lines
    assert lines[0] == "square defined in the -c program itself:"
    if python_version(result) >= (3, 14):  # 3.14 reworded the message
        assert lines[1] == "    AttributeError: module '__main__' has no attribute 'square'"
    else:  # 3.11 names the module "(built-in)"; 3.12 and 3.13 "(<class '_frozen_importlib.BuiltinImporter'>)"
        assert re.fullmatch(
            r"    AttributeError: Can't get attribute 'square' on <module '__main__' \(.+\)>", lines[1]
        )
    assert lines[2:] == [
        "    concurrent.futures.process.BrokenProcessPool: A process in the process pool was"
        " terminated abruptly while the future was running or pending.",
        "square imported from tasks.py:",
        "    [1, 4, 9]",
    ]
