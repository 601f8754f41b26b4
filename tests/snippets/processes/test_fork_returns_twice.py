import re

from tests.helpers import run_snippet


def test_fork_returns_zero_in_the_child_and_the_child_pid_in_the_parent():
    lines = run_snippet("processes/fork_returns_twice.py").lines
    assert len(lines) == 4
    start = re.fullmatch(r"Process \((\d+)\) start\.\.\.", lines[0])
    child = re.fullmatch(r"I am child process \((\d+)\) and my parent is (\d+)\.", lines[1])
    parent = re.fullmatch(r"I \((\d+)\) just created a child process \((\d+)\)\.", lines[2])
    assert start and child and parent
    original, child_pid, childs_parent = start[1], child[1], child[2]
    assert childs_parent == original  # the child's parent is the process that forked
    assert parent[1] == original  # the parent is the original process...
    assert parent[2] == child_pid  # ...and fork() gave it the child's pid
    assert child_pid != original
    # the child left with os._exit(0) and was reaped by waitpid() before this line
    assert lines[3] == "The child exited with code 0."
