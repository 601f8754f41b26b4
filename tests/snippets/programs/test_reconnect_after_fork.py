from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_the_fork_hook_makes_the_child_open_its_own_connection(start_method):
    lines = run_snippet("programs/reconnect_after_fork.py", start_method=start_method).lines
    assert lines == [
        "child: inherited connection dropped at fork: True",
        "parent reads: [('from the child',)]",  # written by the child's connection, committed
    ]
