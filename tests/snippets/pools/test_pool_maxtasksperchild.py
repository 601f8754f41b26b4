import ast

from tests.helpers import each_start_method, run_snippet


def counts(line, label):
    assert line.startswith(label), line
    return ast.literal_eval(line.rpartition(" process ")[2])


@each_start_method
def test_maxtasksperchild_replaces_each_worker_after_its_tasks(start_method):
    lines = run_snippet("pools/pool_maxtasksperchild.py", start_method=start_method).lines
    assert len(lines) == 2
    default = counts(lines[0], "default:")
    assert sum(default) == 8 and len(default) <= 2  # the same two workers (or one) did everything
    limited = counts(lines[1], "maxtasksperchild=2:")
    assert sum(limited) == 8 and max(limited) <= 2  # no process ran more than two tasks...
    assert len(limited) >= 4  # ...so at least four different processes took part
