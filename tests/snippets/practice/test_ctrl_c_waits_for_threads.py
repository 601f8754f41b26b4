import re

from tests.helpers import run_snippet


def test_the_process_outlives_ctrl_c_until_its_non_daemon_thread_ends():
    lines = run_snippet("practice/ctrl_c_waits_for_threads.py").lines
    times = [float(re.match(r" *([\d.]+) s  ", line)[1]) for line in lines]
    texts = [line.split(" s  ", 1)[1] for line in lines]
    assert texts == [
        "main: KeyboardInterrupt; the main thread ends here",
        "worker: done, only now can the process exit",
        "process exits",  # atexit ran only after the worker
    ]
    assert times[1] >= 1.5  # the worker's three 0.5 s sleeps, after the Ctrl+C
    assert times[1] - times[0] >= 1.4  # the main thread had its KeyboardInterrupt long before
    assert times[2] >= times[1]
