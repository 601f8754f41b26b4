from tests.helpers import run_snippet


def test_wait_returns_done_and_not_done_sets_at_the_first_completion_or_exception():
    lines = run_snippet("pools/executor_wait.py").lines
    assert lines == [
        "FIRST_COMPLETED: done=['fast'], not done=['slow 1', 'slow 2']",
        "FIRST_EXCEPTION: done=['fail'], not done=['slow 3', 'slow 4']",
        "ALL_COMPLETED  : done=['fail', 'slow 3', 'slow 4'], not done=[]",
    ]
