import re
import subprocess

from tests.helpers import PYTHON, each_start_method, run_snippet

LABELS = [
    "CPU-bound, one by one:",
    "CPU-bound, 2 threads:",
    "CPU-bound, 2 processes:",
    "I/O-bound, one by one:",
    "I/O-bound, 4 threads:",
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
    wall, busy = {}, {}
    for label, line in zip(LABELS, lines, strict=True):
        match = re.fullmatch(re.escape(label) + r" +(\d+\.\d\d) s, (\d+\.\d) cores busy", line)
        assert match, line
        wall[label], busy[label] = float(match[1]), float(match[2])
    # How fast the CPU-bound variants run depends on free cores, so it is shown, not asserted.
    # What holds on any machine, however busy:
    assert busy["CPU-bound, one by one:"] <= 1.1  # one thread uses at most one core
    if gil_enabled():
        assert busy["CPU-bound, 2 threads:"] <= 1.3  # the GIL: one thread at a time runs bytecode
    assert busy["CPU-bound, 2 processes:"] <= 2.2  # two workers, at most two cores
    assert busy["I/O-bound, one by one:"] <= 0.1  # waiting uses no CPU...
    assert busy["I/O-bound, 4 threads:"] <= 0.1
    assert wall["I/O-bound, one by one:"] >= 1.19  # ...four sleeps of 0.3 s, one after another,
    assert wall["I/O-bound, 4 threads:"] < 0.9  # overlap in four threads (0.3 s when idle)
