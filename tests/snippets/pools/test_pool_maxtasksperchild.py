import re

from sitebuild import runner
from tests.helpers import PYTHON, each_start_method, python_version, run_snippet


def parse(line, label):
    match = re.fullmatch(rf"{label}\s+8 tasks in (\d+) worker processes, at most (\d+) in one", line)
    assert match, line
    return int(match[1]), int(match[2])


@each_start_method
def test_maxtasksperchild_replaces_each_worker_after_its_tasks(start_method):
    lines = run_snippet("pools/pool_maxtasksperchild.py", start_method=start_method).lines
    assert len(lines) == 2
    processes, most = parse(lines[0], "default:")
    assert processes <= 2 and most >= 4  # the pool's two workers did everything (one may do it all)
    processes, most = parse(lines[1], "maxtasksperchild=2:")
    assert most <= 2  # no process ran more than two tasks...
    assert processes >= 4  # ...so at least four different processes took part


def test_under_fork_each_replacement_is_forked_from_a_thread_of_the_pool(monkeypatch):
    # The published page shows no warnings (hidden by default): run afresh, with them shown.
    monkeypatch.setenv("PYTHONWARNINGS", "always::DeprecationWarning")
    result = runner.execute("pools/pool_maxtasksperchild.py", python=PYTHON, start_method="fork")
    runner.check(result, 0)
    warnings = result.output.count("is multi-threaded, use of fork() may lead to deadlocks")
    last = next(line for line in result.lines if line.startswith("maxtasksperchild=2:"))
    replaced = parse(last, "maxtasksperchild=2:")[0] - 2  # workers beyond the first two
    if python_version(result) >= (3, 12):
        # one warning per replacement, forked by a pool thread; workers that ran out of
        # tasks are replaced too, before the pool closes, so there may be more warnings
        assert warnings >= replaced >= 2
    else:
        assert warnings == 0  # 3.11 does not warn, but forks from the same thread
