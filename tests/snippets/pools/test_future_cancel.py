from tests.helpers import run_snippet


def test_cancel_succeeds_only_for_a_call_that_has_not_started():
    lines = run_snippet("pools/future_cancel.py").lines
    assert lines == [
        "running.cancel() -> False",
        "queued.cancel()  -> True",
        "running: cancelled=False, result='running'",
        "queued: cancelled=True, result() raised CancelledError",
    ]
