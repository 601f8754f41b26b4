import re

from tests.helpers import each_start_method, run_snippet


def preloads_main(python: str) -> bool:
    """Does this release's fork server import the main module for its children (gh-126631)?"""
    version = tuple(int(part) for part in python.split()[1].split(".")[:3])
    return version >= (3, 14, 1) or (3, 13, 8) <= version < (3, 14)


@each_start_method
def test_who_imports_the_main_module_depends_on_the_start_method(start_method):
    result = run_snippet("practice/who_imports_main.py", start_method=start_method)
    main = re.fullmatch(r"main process: pid (\d+), start method (\w+)", result.lines[0])
    main_pid, method = main.groups()
    imports = [
        re.fullmatch(r"pid (\d+): imported this script as __mp_main__", line) for line in result.lines[1:]
    ]
    importers = [m.group(1) for m in imports if m]
    children = [re.fullmatch(r"child-(\d): pid (\d+), parent pid (\d+)", line) for line in result.lines[1:]]
    children = [m.groups() for m in children if m]
    assert [n for n, _, _ in children] == ["0", "1"]
    assert len(result.lines) == 1 + len(importers) + 2
    if method == "fork":  # a copy of the parent: nothing is imported again
        assert importers == []
        assert all(parent == main_pid for _, _, parent in children)
    elif method == "spawn":  # each child imports the script itself
        assert importers == [pid for _, pid, _ in children]
        assert all(parent == main_pid for _, _, parent in children)
    else:  # forkserver: the children are forked from the fork server
        server = {parent for _, _, parent in children}
        assert len(server) == 1 and main_pid not in server
        if preloads_main(result.python):  # it imported the script once, for all of them
            assert importers == list(server)
        else:  # up to 3.13.7 and in 3.14.0, each child imported it again
            assert importers == [pid for _, pid, _ in children]
