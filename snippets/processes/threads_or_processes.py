import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_down(n):  # CPU-bound: pure Python computation
    cpu = time.thread_time()
    while n:
        n -= 1
    return time.thread_time() - cpu  # CPU seconds this call used


def wait_for_io(seconds):  # I/O-bound: stands for a download or a database query
    cpu = time.thread_time()
    time.sleep(seconds)
    return time.thread_time() - cpu


def one_round(ways, function, args):
    """{way: (wall seconds, cores busy)}, each way timed right after the other."""
    result = {}
    for name, executor in ways.items():
        start = time.perf_counter()
        cpu = [function(a) for a in args] if executor is None else list(executor.map(function, args))
        wall = time.perf_counter() - start
        result[name] = wall, sum(cpu) / wall  # CPU seconds per second: cores busy
    return result


def show(kind, rounds):
    """Each way's median run (by wall time), and its speed-up over the median one-by-one run."""
    median = {name: sorted(r[name] for r in rounds)[len(rounds) // 2] for name in rounds[0]}
    for name, (wall, busy) in median.items():
        speed_up = median["one by one"][0] / wall
        print(f"{kind}, {name + ':':<13} {wall:5.2f} s, {busy:.1f} cores busy, x{speed_up:.1f}")


if __name__ == "__main__":
    with ThreadPoolExecutor(4) as threads, ProcessPoolExecutor(2) as processes:
        list(processes.map(count_down, [1, 1]))  # start both workers now, untimed
        ways = {"one by one": None, "2 threads": threads, "2 processes": processes}
        show("CPU-bound", [one_round(ways, count_down, [3_000_000] * 2) for _ in range(5)])
        ways = {"one by one": None, "4 threads": threads}
        show("I/O-bound", [one_round(ways, wait_for_io, [0.3] * 4)])
