from tests.helpers import run_snippet


def test_periodic_timer_keeps_schedule_stops_cleanly_leaves_no_thread():
    lines = run_snippet("threads/periodic_timer.py").lines
    ticks = [float(t) for t in lines[0].removeprefix("ticks at: ").removesuffix(" s").split(", ")]
    assert len(ticks) == 5  # cancel() inside the 5th callback stopped it at once
    for n, at in enumerate(ticks, 1):
        assert at >= n * 0.1 - 0.01  # never early
    # No drift: a re-created Timer with this 0.05 s callback would reach its 5th
    # tick at >= 0.75 s; here only the last wake-up's own delay counts.
    assert ticks[-1] < 0.7
    assert lines[1] == "threads left: ['MainThread']"
