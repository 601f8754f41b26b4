from tests.helpers import run_snippet


def test_lock_makes_read_modify_write_safe():
    assert run_snippet("threads/race_fixed_with_lock.py").lines == [
        "expected balance: 2000",
        "actual balance:   2000",
    ]
