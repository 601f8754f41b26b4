from tests.helpers import run_snippet


def test_nobody_passes_before_all_arrive():
    lines = run_snippet("threads/barrier_start_together.py").lines
    assert sorted(lines[:3]) == ["ann: ready", "bob: ready", "cid: ready"]  # any order
    assert lines[3:] == [
        "barrier: all 3 are ready, go!",  # the action runs once, after the last arrival
        "wait() returned each index once: [0, 1, 2]",
    ]
