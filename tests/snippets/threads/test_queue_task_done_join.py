from tests.helpers import run_snippet


def test_join_waits_for_every_task_done():
    assert run_snippet("threads/queue_task_done_join.py").lines == [
        "jobs.join() returned: 6 of 6 jobs done",
        "workers stopped: True",
    ]
