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


def timed(label, executor_class, function, args):
    start = time.perf_counter()
    if executor_class is None:
        cpu_seconds = [function(arg) for arg in args]  # one after another
    else:
        with executor_class(max_workers=len(args)) as executor:
            cpu_seconds = list(executor.map(function, args))
    wall = time.perf_counter() - start
    # CPU time used per second of wall time: how many cores were busy, on average
    print(f"{label:<24} {wall:5.2f} s, {sum(cpu_seconds) / wall:.1f} cores busy")


if __name__ == "__main__":
    work = [10_000_000] * 2
    timed("CPU-bound, one by one:", None, count_down, work)
    timed("CPU-bound, 2 threads:", ThreadPoolExecutor, count_down, work)
    timed("CPU-bound, 2 processes:", ProcessPoolExecutor, count_down, work)
    waits = [0.3] * 4
    timed("I/O-bound, one by one:", None, wait_for_io, waits)
    timed("I/O-bound, 4 threads:", ThreadPoolExecutor, wait_for_io, waits)
