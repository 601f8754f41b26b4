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


def timed(run, function, args):
    """(wall seconds, cores busy): CPU time of the calls per second of wall time."""
    start = time.perf_counter()
    cpu_seconds = run(function, args)
    wall = time.perf_counter() - start
    return wall, sum(cpu_seconds) / wall


def median_round(ways, function, args, rounds=5):
    """Time every way back to back, `rounds` times; return the round of median speed-up."""
    results = [{name: timed(run, function, args) for name, run in ways.items()} for _ in range(rounds)]
    first, last = list(ways)[0], list(ways)[-1]
    return sorted(results, key=lambda r: r[first][0] / r[last][0])[rounds // 2]


def show(kind, result):
    alone = result["one by one"][0]
    for name, (wall, busy) in result.items():
        print(f"{kind}, {name + ':':<13} {wall:5.2f} s, {busy:.1f} cores busy, x{alone / wall:.1f}")


if __name__ == "__main__":
    with ThreadPoolExecutor(4) as threads, ProcessPoolExecutor(2) as processes:
        list(processes.map(count_down, [1, 1]))  # start both workers now, untimed
        show("CPU-bound", median_round({
            "one by one": lambda f, args: [f(a) for a in args],
            "2 threads": lambda f, args: list(threads.map(f, args)),  # 2 calls: 2 threads
            "2 processes": lambda f, args: list(processes.map(f, args)),
        }, count_down, [1_500_000] * 2))
        show("I/O-bound", median_round({
            "one by one": lambda f, args: [f(a) for a in args],
            "4 threads": lambda f, args: list(threads.map(f, args)),
        }, wait_for_io, [0.3] * 4, rounds=1))
