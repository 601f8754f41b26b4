import re

from sitebuild import runner
from tests.helpers import PYTHON, each_start_method, run_snippet

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker", "forkserver": "ForkServerPoolWorker"}


@each_start_method
def test_every_process_logs_through_the_queue_into_one_file(start_method):
    lines = run_snippet("practice/logging_queue_listener.py", start_method=start_method).lines
    # "starting" is put on the queue before any task is sent, but by the main process's
    # feeder thread, which a fast worker can overtake: its place is not guaranteed.
    assert lines.count("MainProcess: starting") == 1
    assert lines[-1] == "MainProcess: finished"  # logged after every worker had exited
    tasks = [line for line in lines[:-1] if not line.startswith("MainProcess")]
    assert len(tasks) == 6
    assert all(re.fullmatch(rf"{WORKER[start_method]}-[12]: task \d done", line) for line in tasks)
    # each task's record arrives exactly once, whoever ran it
    assert sorted(line.split(": ")[1] for line in tasks) == [f"task {n} done" for n in range(6)]


def test_the_pool_is_forked_before_any_thread_starts(monkeypatch):
    # From 3.12, os.fork() in a process that runs threads warns (DeprecationWarning, hidden by
    # default): the pool is created before the listener's thread and the queue's feeder thread.
    # A fresh run under fork with warnings shown: no page shows that run (3.14's default is forkserver).
    monkeypatch.setenv("PYTHONWARNINGS", "always::DeprecationWarning")
    result = runner.check(
        runner.execute("practice/logging_queue_listener.py", python=PYTHON, start_method="fork")
    )
    assert "is multi-threaded, use of fork() may lead to deadlocks" not in result.output
    assert result.lines[-1] == "MainProcess: finished"
