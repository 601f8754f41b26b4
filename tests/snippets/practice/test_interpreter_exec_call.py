from tests.helpers import python_version, run_snippet


def test_another_interpreter_has_its_own_main_module_and_globals():
    result = run_snippet("practice/interpreter_exec_call.py")
    if python_version(result) < (3, 14):
        assert result.lines == [
            "concurrent.interpreters needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines == [
        "main interpreter: 0, new one: 1",
        "exec() runs in Interpreter(1)",
        "hello from its own __main__ module",
        "call(bump) there: 1, 2",  # its own counter...
        "bump() here: 1",  # ...and this one's: no Python object is shared
    ]
