import re

from tests.helpers import run_snippet

TICK = re.compile(r"tick (\d): at (\d+\.\d\d) s \(ideal (\d+\.\d\d) s\) in (.+)")


def test_recreated_timers_drift_and_use_a_new_thread_each_tick():
    lines = run_snippet("threads/timer_recursive.py").lines
    ticks = [TICK.fullmatch(line).groups() for line in lines[:-2]]
    assert [int(n) for n, *_ in ticks] == [0, 1, 2, 3, 4]
    names = [name for *_, name in ticks]
    assert names[0] == "MainThread" and len(set(names)) == 5  # a new thread for every tick
    # Each interval only starts after the 0.05 s callback: tick n comes at >= n * 0.15 s,
    # so the error grows by at least 0.05 s per tick (the drift).
    for n, at, ideal, _ in ticks:
        assert float(at) >= int(n) * 0.15 - 0.01
        assert float(ideal) == round(int(n) * 0.1, 2)


def test_nothing_piles_up_no_thread_and_one_timer_object_left():
    lines = run_snippet("threads/timer_recursive.py").lines
    assert lines[-2] == "timer threads still alive: none left"
    assert lines[-1] == "Timer objects still in memory: 1 (the one `timer` names)"
