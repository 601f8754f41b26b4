from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_daemon_child_survives_a_parent_that_does_not_exit_normally(start_method):
    result = run_snippet("practice/daemon_outlives_killed_parent.py", start_method=start_method)
    # Each daemon child answers only after its parent's exit code was read: it outlived it.
    assert result.lines == [
        "parent ended by os._exit(0): exit code 0",
        "  daemon child: still running after its parent died",
        "parent ended by SIGKILL: exit code -9",
        "  daemon child: still running after its parent died",
    ]
