from collections import Counter

from tests.helpers import run_snippet

CLIENTS = [f"client-{i}" for i in range(5)]


def test_five_threads_poll_with_timeouts_then_all_connect():
    lines = run_snippet("threads/event_wait_timeout.py").lines
    start = lines.index("MainThread: start server successful")
    others = lines[:start] + lines[start + 1 :]
    waits = Counter(line.split(":")[0] for line in others if line.endswith(": wait server..."))
    connects = [line for line in others if line.endswith(": connect to server")]
    assert len(others) == sum(waits.values()) + len(connects)  # whole lines, nothing else
    assert set(waits) == set(CLIENTS)  # every thread waited
    assert max(waits.values()) >= 2  # wait(0.2) timed out and the loop went round again
    assert sorted(connects) == [f"{c}: connect to server" for c in CLIENTS]
    assert all(lines.index(line) > start for line in connects)  # only after set()
