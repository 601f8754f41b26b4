from tests.helpers import run_snippet


def test_an_exited_child_is_a_zombie_until_the_parent_waits_for_it():
    lines = run_snippet("programs/subprocess_reaping.py").lines
    assert lines == [
        "the child has exited, nobody has waited for it: state Z",
        "poll() returns 0: the parent reads its exit status",
        "after poll(): no such process",
    ]
