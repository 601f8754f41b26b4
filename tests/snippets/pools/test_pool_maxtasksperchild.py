import ast
import re

from tests.helpers import each_start_method, run_snippet


def parse(line, label):
    match = re.fullmatch(rf"{label}\s+(\d+) different worker pids, tasks per pid (\[.*\])", line)
    assert match, line
    return int(match[1]), ast.literal_eval(match[2])


@each_start_method
def test_maxtasksperchild_replaces_each_worker_after_its_tasks(start_method):
    lines = run_snippet("pools/pool_maxtasksperchild.py", start_method=start_method).lines
    assert len(lines) == 2
    pids, per_pid = parse(lines[0], "default:")
    assert sum(per_pid) == 8 and pids == len(per_pid) <= 2  # the pool's two workers did everything
    pids, per_pid = parse(lines[1], "maxtasksperchild=2:")
    assert sum(per_pid) == 8 and max(per_pid) <= 2  # no process ran more than two tasks...
    assert pids == len(per_pid) >= 4  # ...so at least four different processes took part
