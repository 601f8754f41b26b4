from tests.helpers import run_snippet

ITEMS = ["apple", "bread", "cheese"]


def test_consumer_gets_each_item_after_it_was_put_in_order():
    lines = run_snippet("threads/condition_wait_for.py").lines
    # Both threads print while holding the condition's lock: whole lines.
    assert sorted(lines) == sorted(
        [f"producer: put {i}" for i in ITEMS] + [f"consumer: got {i}" for i in ITEMS]
    )
    for item in ITEMS:  # an item can only be got after it was put
        assert lines.index(f"producer: put {item}") < lines.index(f"consumer: got {item}")
    assert [line for line in lines if line.startswith("consumer")] == [f"consumer: got {i}" for i in ITEMS]
