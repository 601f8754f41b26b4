from tests.helpers import each_start_method, run_snippet

BLOCK_START = "wait_for_event: starting"
BLOCK_END = "wait_for_event: e.is_set() -> True"
TIMEOUT_START = "wait_for_event_timeout: starting"
TIMEOUT_END = "wait_for_event_timeout: e.is_set() -> False"
MAIN_WAITING = "main: waiting before calling Event.set()"
MAIN_SET = "main: event is set"


@each_start_method
def test_timeout_waiter_gives_up_blocking_waiter_wakes_when_set(start_method):
    lines = run_snippet("processes/event_between_processes.py", start_method=start_method).lines
    assert sorted(lines) == sorted(
        [BLOCK_START, BLOCK_END, TIMEOUT_START, TIMEOUT_END, MAIN_WAITING, MAIN_SET]
    )
    at = lines.index
    # Only what the code guarantees; the other lines may come in any order.
    assert at(TIMEOUT_START) < at(TIMEOUT_END)  # timed out with the event still unset...
    assert at(TIMEOUT_END) < at(MAIN_SET)  # ...because main joined it before calling set()
    assert at(MAIN_WAITING) < at(MAIN_SET)
    assert at(BLOCK_START) < at(BLOCK_END)
    assert at(TIMEOUT_END) < at(BLOCK_END)  # the blocking waiter woke only after set()
