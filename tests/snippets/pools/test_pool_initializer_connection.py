import ast

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_initializer_opens_one_connection_per_worker_reused_by_its_tasks(start_method):
    lines = run_snippet("pools/pool_initializer_connection.py", start_method=start_method).lines
    assert len(lines) == 3
    assert lines[0] in ("tasks: 8, workers that ran them: 2", "tasks: 8, workers that ran them: 1")
    assert lines[1] == "connections opened per worker: [1]"  # once per worker, not per task
    label, _, rest = lines[2].partition(": ")
    rows, _, total = rest.partition(", total ")
    assert label == "rows in the workers' tables"
    assert sum(ast.literal_eval(rows)) == int(total) == 8  # every task wrote to its worker's connection
    assert len(ast.literal_eval(rows)) == int(lines[0][-1])
