from tests.helpers import run_snippet


def test_sys_exit_in_the_main_thread_waits_for_non_daemon_threads():
    # The worker's line comes after sys.exit(5) was called, and the code is still 5:
    # the interpreter joined the running thread before the process ended.
    result = run_snippet("practice/sys_exit_waits_for_threads.py", returncode=5)
    assert result.lines == [
        "main: calling sys.exit(5)",
        "worker: finished; only now can the program end",
    ]
