import re

from tests.helpers import each_start_method, run_snippet

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker", "forkserver": "ForkServerPoolWorker"}


@each_start_method
def test_every_process_logs_through_the_queue_into_one_file(start_method):
    lines = run_snippet("practice/logging_queue_listener.py", start_method=start_method).lines
    assert lines[0] == "MainProcess: starting"  # logged before the pool existed
    assert lines[-1] == "MainProcess: finished"  # logged after every worker had exited
    tasks = lines[1:-1]
    assert all(re.fullmatch(rf"{WORKER[start_method]}-[12]: task \d done", line) for line in tasks)
    # each task's record arrives exactly once, whoever ran it
    assert sorted(line.split(": ")[1] for line in tasks) == [f"task {n} done" for n in range(6)]
