from tests.helpers import run_snippet


def test_both_buyers_pass_the_check_and_the_last_ticket_is_sold_twice():
    lines = run_snippet("practice/check_then_act_race.py").lines
    assert lines == ["sold to: ['alice', 'bob']", "tickets left: -1"]
