import re

from tests.helpers import run_snippet


def test_starting_all_before_joining_runs_the_threads_together():
    lines = run_snippet("threads/join_all_threads.py").lines
    one_at_a_time = re.fullmatch(r"start_then_join_each: 4 results in ([\d.]+) s", lines[0])
    together = re.fullmatch(r"start_all_then_join_all: 4 results in ([\d.]+) s", lines[1])
    assert one_at_a_time and together and len(lines) == 2
    assert float(one_at_a_time[1]) >= 0.8  # four 0.2 s waits, one after the other: guaranteed
    assert float(together[1]) < 0.6  # about 0.2 s: the four waits overlap
