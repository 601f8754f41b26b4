from tests.helpers import run_snippet


def test_sys_exit_in_a_thread_ends_only_that_thread():
    result = run_snippet("practice/sys_exit_in_thread.py", returncode=0)  # not 3
    assert result.lines == [
        "quitter: calling sys.exit(3)",
        "main: the quitter thread ended (alive: False), no traceback",
        "main: still running; the process will exit with code 0",
    ]
