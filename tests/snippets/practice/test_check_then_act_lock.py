from tests.helpers import run_snippet


def test_with_the_lock_the_last_ticket_is_sold_once():
    lines = run_snippet("practice/check_then_act_lock.py").lines
    assert lines == ["sold to 1 customer(s)", "tickets left: 0"]
