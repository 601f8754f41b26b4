from tests.helpers import run_snippet


def test_shutdown_without_waiting_cancels_the_queue_but_not_the_running_call():
    lines = run_snippet("pools/executor_shutdown.py").lines
    assert lines == [
        "shutdown() returned; the running call is done: False",  # it did not wait
        "cancelled: [False, True, True, True, True]",  # cancel_futures=True emptied the queue
        "the running call still finishes: result=0",
        "submit() after shutdown: RuntimeError(cannot schedule new futures after shutdown)",
    ]
