from tests.helpers import run_snippet


def test_code_after_fork_runs_in_both_processes():
    lines = run_snippet("processes/fork_prints_twice.py").lines
    # printed once before fork(), then once by each process (the parent waits for the child)
    assert lines == ["before fork(): one process", "1", "1"]
