from tests.helpers import run_snippet


def test_a_second_ctrl_c_interrupts_the_wait_for_threads_and_the_process_exits():
    result = run_snippet("practice/ctrl_c_twice.py")
    assert result.lines[:2] == [
        "main: KeyboardInterrupt; the main thread ends here",
        "worker: the main thread is gone and Python waits for me; Ctrl+C again",
    ]
    # The traceback names threading's _shutdown, the function that waits for the threads.
    assert "_shutdown" in result.output and result.lines[-1].startswith("KeyboardInterrupt")
    assert "never printed" not in result.output  # the worker's 3 s of work were abandoned
