from tests.helpers import run_snippet


def test_killing_the_child_leaves_the_grandchild_and_killpg_ends_both():
    lines = run_snippet("programs/subprocess_kill_tree.py").lines  # fails if a process outlives it
    assert lines == [
        "child: started a grandchild",
        "child killed (returncode -9); pipe closed: False",  # the grandchild still holds the pipe
        "after os.killpg(): pipe closed: True",
    ]
