from tests.helpers import run_snippet


def test_os_exit_in_a_thread_ends_the_process_without_any_cleanup():
    result = run_snippet("practice/os_exit_from_thread.py", returncode=3)  # the whole process
    assert result.lines == ["thread: os._exit(3) ends the whole process, now"]
    assert "never printed" not in result.output  # no finally block, no atexit handler
