import re

from tests.helpers import each_start_method, run_snippet

TASK = re.compile(r"task (\d): worker (\d+), ran from (\d+\.\d\d) s to (\d+\.\d\d) s")
#: Clock readings are printed with 2 decimals; allow that rounding, and a little more.
SLACK = 0.015


@each_start_method
def test_a_pool_of_four_runs_the_fifth_task_only_once_a_worker_is_free(start_method):
    lines = run_snippet("processes/pool_apply_async.py", start_method=start_method).lines
    assert re.fullmatch(r"Parent process \d+\.", lines[0])
    assert lines[1:3] == ["Waiting for all tasks to finish...", "All tasks done."]
    tasks = [TASK.fullmatch(line) for line in lines[3:]]
    assert len(tasks) == 5 and all(tasks)
    names = [int(m[1]) for m in tasks]
    pids = [m[2] for m in tasks]
    spans = [(float(m[3]), float(m[4])) for m in tasks]
    assert names == [0, 1, 2, 3, 4]  # results are read in submission order
    assert len(set(pids)) <= 4  # never more than the pool's four workers
    for start, end in spans:
        assert end >= start
    # Task 4 had to wait for a free worker: it started only after one of tasks 0-3 had ended.
    # (When task 4 is taken from the queue, tasks 0-3 have been; if none of them had ended,
    # all four workers would still be busy with them.) Usually it then runs in the worker that
    # task freed, but a worker that started late may take it instead, so pids are not compared.
    first_end = min(end for _, end in spans[:4])
    assert spans[4][0] >= first_end - SLACK
    for i in range(4):  # a worker runs one task at a time
        if pids[i] == pids[4]:
            assert spans[4][0] >= spans[i][1] - SLACK
    # At no moment did more than four tasks run at once.
    for moment, _ in spans:
        running = sum(start <= moment < end for start, end in spans)
        assert running <= 4
