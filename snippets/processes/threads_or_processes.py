import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_down(n):  # CPU-bound: pure Python computation
    while n:
        n -= 1
    return "done"


def wait_for_io(seconds):  # I/O-bound: stands for a download or a database query
    time.sleep(seconds)
    return "done"


def timed(label, executor_class, function, args):
    start = time.perf_counter()
    if executor_class is None:
        results = [function(arg) for arg in args]  # one after another
    else:
        with executor_class(max_workers=len(args)) as executor:
            results = list(executor.map(function, args))
    assert results == ["done"] * len(args)
    print(f"{label:<28} {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    work = [10_000_000] * 2
    timed("CPU-bound, one by one:", None, count_down, work)
    timed("CPU-bound, 2 threads:", ThreadPoolExecutor, count_down, work)
    timed("CPU-bound, 2 processes:", ProcessPoolExecutor, count_down, work)
    waits = [0.3] * 4
    timed("I/O-bound, one by one:", None, wait_for_io, waits)
    timed("I/O-bound, 4 threads:", ThreadPoolExecutor, wait_for_io, waits)
