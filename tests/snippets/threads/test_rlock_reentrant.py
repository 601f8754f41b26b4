from tests.helpers import run_snippet


def test_rlock_can_be_reacquired_by_its_owner_lock_cannot():
    assert run_snippet("threads/rlock_reentrant.py").lines == [
        "with an RLock: balance = 100",
        "RLock: acquired it again: True",
        "Lock : acquired it again: False",
    ]
