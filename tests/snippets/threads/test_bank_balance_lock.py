from tests.helpers import run_snippet


def test_notes_lock_example_keeps_balance_at_zero():
    assert run_snippet("threads/bank_balance_lock.py").lines == ["balance: 0"]
