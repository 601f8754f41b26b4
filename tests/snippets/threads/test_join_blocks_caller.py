from tests.helpers import run_snippet


def test_join_blocks_only_the_calling_thread():
    # Each line is causally after the one before it (Event, then join()), so
    # the order is guaranteed, not just likely.
    assert run_snippet("threads/join_blocks_caller.py").lines == [
        "main: the waiter is blocked in join(), but I am not",
        "slow: finished",
        "waiter: join() returned, so slow has finished",
        "main: waiter has finished too",
    ]
