from tests.helpers import each_start_method, run_snippet


def _release(result) -> tuple[int, ...]:
    return tuple(int(part) for part in result.python.split()[1].split("."))


@each_start_method
def test_the_fork_server_imports_the_script_once_from_3_13_8_and_3_14_1(start_method):
    # The snippet asks for forkserver itself: the default start method must not matter.
    result = run_snippet("processes/forkserver_imports_main.py", start_method=start_method)
    lines = result.lines
    assert lines[0] == "importing the script as __main__"
    assert lines[-1] == "3 children done, exit codes [0, 0, 0]"
    release = _release(result)
    fixed = release >= (3, 14, 1) or (3, 13, 8) <= release < (3, 14)  # gh-126631
    imports = 1 if fixed else 3  # the fork server once, or every child
    assert lines[1:-1] == ["importing the script as __mp_main__"] * imports
