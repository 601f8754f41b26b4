from tests.helpers import run_snippet


def test_a_queue_listener_ignores_its_handlers_levels_unless_told_otherwise():
    lines = run_snippet("practice/queue_listener_handler_level.py").lines
    assert lines == [
        "respect_handler_level=False:",
        "  DEBUG debug detail",  # passed to the WARNING handler anyway: its level was ignored
        "  WARNING disk almost full",
        "respect_handler_level=True:",
        "  WARNING disk almost full",
    ]
