from tests.helpers import run_snippet


def test_cancel_during_a_callback_does_not_stop_the_notes_timer():
    # cancel() was called during tick 1, yet ticks 2 and 3 still came.
    assert run_snippet("threads/perpetual_timer_cancel.py").lines == [
        "tick 1",
        "tick 2",
        "tick 3",
        "cancel() during tick 1 did not stop it; threads left: 0",
    ]
