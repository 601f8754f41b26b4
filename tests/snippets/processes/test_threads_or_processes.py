import os
import re
import subprocess

from tests.helpers import PYTHON, each_start_method, run_snippet

LINE = re.compile(r"(CPU-bound|I/O-bound), ([\w ]+): +(\d+\.\d\d) s, (\d+\.\d) cores busy, x(\d+\.\d)")
WAYS = [
    ("CPU-bound", "one by one"),
    ("CPU-bound", "2 threads"),
    ("CPU-bound", "2 processes"),
    ("I/O-bound", "one by one"),
    ("I/O-bound", "4 threads"),
]


def gil_enabled():
    probe = "import sys; print(getattr(sys, '_is_gil_enabled', lambda: True)())"
    return (
        subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()
        == "True"
    )


@each_start_method
def test_what_threads_and_processes_do_with_cpu_bound_and_io_bound_work(start_method):
    lines = run_snippet("processes/threads_or_processes.py", start_method=start_method).lines
    wall, busy, speed_up = {}, {}, {}
    for way, line in zip(WAYS, lines, strict=True):
        match = LINE.fullmatch(line)
        assert match and match.group(1, 2) == way, line
        wall[way], busy[way], speed_up[way] = float(match[3]), float(match[4]), float(match[5])
    cores = min(2, len(os.sched_getaffinity(0)))
    # Every way of a round ran back to back, and the page shows the round of median speed-up,
    # so its figures obey the limits whatever the load (printed values are rounded). Two workers
    # get at most two shares of the CPU, whether from two cores or, on a contended machine,
    # from the scheduler: never more than x2.
    assert busy["CPU-bound", "one by one"] <= 1.1  # one thread uses at most one core
    assert speed_up["CPU-bound", "2 processes"] <= 2.2
    assert busy["CPU-bound", "2 processes"] <= cores + 0.2  # and at most the cores there are
    assert speed_up["CPU-bound", "2 threads"] <= 2.2
    if gil_enabled():  # the GIL: one thread at a time runs bytecode, whatever the speed-up
        assert busy["CPU-bound", "2 threads"] <= 1.3
    # Waiting uses no CPU, and four 0.3 s waits in four threads overlap: at least 1.2 s one by
    # one, at least 0.3 s together. A busy machine wakes sleepers late, in both runs alike, so
    # the threads still save at least two of the three extra waits.
    assert busy["I/O-bound", "one by one"] <= 0.1 and busy["I/O-bound", "4 threads"] <= 0.1
    assert wall["I/O-bound", "one by one"] >= 1.19
    assert 0.29 <= wall["I/O-bound", "4 threads"] <= wall["I/O-bound", "one by one"] - 0.6
