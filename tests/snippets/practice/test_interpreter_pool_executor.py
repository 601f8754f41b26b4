import re

from tests.helpers import python_version, run_snippet


def test_each_worker_interpreter_has_its_own_globals_and_closures_are_refused():
    result = run_snippet("practice/interpreter_pool_executor.py")
    if python_version(result) < (3, 14):
        assert result.lines == [
            "InterpreterPoolExecutor needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    assert result.lines[0] == "squares: [0, 1, 4, 9, 16, 25]"
    workers = [
        re.fullmatch(r"interpreter (\d+): ran (\d) of the 6 calls, its own `calls` is (\d)", line)
        for line in result.lines[1:-2]
    ]
    assert workers and all(workers)
    assert 1 <= len(workers) <= 2  # max_workers=2; which one runs which call is up to the scheduler
    assert sum(int(m.group(2)) for m in workers) == 6
    assert all(m.group(2) == m.group(3) for m in workers)  # each counted only its own calls
    assert all(m.group(1) != "0" for m in workers)  # never the main interpreter
    assert result.lines[-2:] == ["`calls` in the main interpreter: 0", "a closure: NotShareableError"]
