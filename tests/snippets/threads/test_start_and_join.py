from tests.helpers import run_snippet


def test_loop_runs_in_its_thread_and_main_waits_for_it():
    result = run_snippet("threads/start_and_join.py")
    assert result.lines == [
        "thread MainThread is running...",
        "thread LoopThread is running...",
        *(f"thread LoopThread >>> {n}" for n in range(1, 6)),
        "thread LoopThread ended.",
        "thread MainThread ended.",  # only after join() returned
    ]
