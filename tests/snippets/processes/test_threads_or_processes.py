import re

from tests.helpers import each_start_method, run_snippet

LABELS = [
    "CPU-bound, one by one:",
    "CPU-bound, 2 threads:",
    "CPU-bound, 2 processes:",
    "I/O-bound, one by one:",
    "I/O-bound, 4 threads:",
]


@each_start_method
def test_threads_overlap_waiting_and_every_variant_gets_its_results(start_method):
    # Each variant checks its own results (the snippet asserts them) and prints its time.
    lines = run_snippet("processes/threads_or_processes.py", start_method=start_method).lines
    times = {}
    for label, line in zip(LABELS, lines, strict=True):
        match = re.fullmatch(re.escape(label) + r" +(\d+\.\d\d) s", line)
        assert match, line
        times[label] = float(match[1])
    # CPU-bound speed depends on free cores, so it is shown, not asserted. Waiting is not:
    assert times["I/O-bound, one by one:"] >= 1.19  # four sleeps of 0.3 s, one after another
    assert times["I/O-bound, 4 threads:"] < 0.9  # the four sleeps overlapped (0.3 s when idle)
