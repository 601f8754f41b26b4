import hashlib
import os
import threading
import time

DATA = bytes(12_000_000)  # the same data for every pass, warmed up below
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def count_down(n=500_000):  # pure Python bytecode: needs the GIL throughout
    while n:
        n -= 1


def nap():  # time.sleep() releases the GIL while it waits
    time.sleep(0.2)


def sha256():  # hashlib releases the GIL while it hashes large data
    hashlib.sha256(DATA).digest()


def run_twice(task, threaded):
    """Return (wall-clock seconds, CPU seconds used by all threads of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    if threaded:
        threads = [threading.Thread(target=task) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        task()
        task()
    return time.perf_counter() - wall, time.process_time() - cpu


def fastest(n, task):
    """Warm up, then time both ways in turn n times; return each way's fastest run."""
    task()  # the first touch of the data and the code is paid here, untimed
    alone, together = [], []
    for _ in range(n):  # back to back: both ways meet the same load from other programs
        alone.append(run_twice(task, threaded=False)[0])
        together.append(run_twice(task, threaded=True))
    wall, cpu = min(together)  # the runs other programs disturbed least (timeit's advice)
    return min(alone), wall, cpu


if __name__ == "__main__":
    print(f"cores this process may use: {CORES}")
    print("task        one after the other   in two threads   speed-up   cores busy")
    for task in (count_down, nap, sha256):
        alone, together, cpu = fastest(5, task)
        print(
            f"{task.__name__:10}  {alone:17.3f} s  {together:13.3f} s"
            f"   x{alone / together:<7.1f}  {cpu / together:5.1f}"
        )
