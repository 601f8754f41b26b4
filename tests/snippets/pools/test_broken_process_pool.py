from tests.helpers import each_start_method, run_snippet

BROKEN = "A process in the process pool was terminated abruptly while the future was running or pending."


@each_start_method
def test_a_killed_worker_breaks_every_pending_future_and_the_executor(start_method):
    lines = run_snippet("pools/broken_process_pool.py", start_method=start_method).lines
    assert lines == [
        "task 0: 0",  # finished before the worker died: its result is kept
        *(f"task {n}: BrokenProcessPool: {BROKEN}" for n in range(1, 5)),
        "submit() afterwards: BrokenProcessPool: A child process terminated abruptly,"
        " the process pool is not usable anymore",
    ]
