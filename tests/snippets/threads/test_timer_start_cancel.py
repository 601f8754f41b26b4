from tests.helpers import run_snippet


def test_started_timer_fires_cancelled_one_does_not():
    result = run_snippet("threads/timer_start_cancel.py")
    assert result.lines == [
        "hello, timer!",
        "cancelled timer: alive=False, its function never ran",
    ]
    assert "never, printed" not in result.output
