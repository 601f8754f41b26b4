from tests.helpers import run_snippet


def test_a_result_timeout_stops_the_waiting_not_the_call():
    lines = run_snippet("pools/result_timeout_keeps_running.py").lines
    assert sorted(lines) == sorted(
        [
            "result(timeout=0.1) raised TimeoutError",
            "cancel() -> False: the call is running, nothing can stop it",
            "slow_square: finished all the same",
            "result() -> 49",
        ]
    )
    # the main thread's lines are in program order; the call finished before result() returned
    assert lines.index("result(timeout=0.1) raised TimeoutError") < lines.index(
        "cancel() -> False: the call is running, nothing can stop it"
    )
    assert lines[-1] == "result() -> 49"
