from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_daemon_is_terminated_at_exit_and_the_normal_process_is_joined(start_method):
    result = run_snippet("practice/daemon_process_at_exit.py", start_method=start_method)
    assert result.lines == [
        "daemon: started",
        "normal: started",
        "main: daemon.daemon=True, normal.daemon=False",
        "main: end of the program, no join()",
        "normal: finished",  # the parent waited for it at exit
    ]  # and no "daemon: finished": it was terminated, not waited for
    assert result.duration < 9  # the daemon would have waited 10 s
    assert not result.leftover_processes
