import re

from tests.helpers import run_snippet


def test_io_bound_calls_take_about_ceil_tasks_over_threads_rounds():
    lines = run_snippet("pools/io_bound_workers.py").lines
    times = {}
    for line in lines:
        match = re.fullmatch(
            r"max_workers=\s*(\d+): (\d+\.\d\d) s \(at least (\d+) x 0\.1 s = [\d.]+ s\)", line
        )
        assert match, line
        workers, elapsed, rounds = int(match[1]), float(match[2]), int(match[3])
        assert rounds == -(-12 // workers)
        assert elapsed >= rounds * 0.1 - 0.01  # a thread's sleeps run one after another
        times[workers] = elapsed
    assert list(times) == [1, 3, 12]
    assert times[12] < times[1] / 2  # 12 waits at once, instead of 1.2 s of waits in a row
    assert times[1] > times[3] > times[12]  # each extra thread helped (12, 4, then 1 round)
