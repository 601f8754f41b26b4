import multiprocessing
import statistics
import sys
import threading
import time

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None


def nothing():
    pass


def median_ms(start_and_finish, runs=3):
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        start_and_finish()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def thread():
    t = threading.Thread(target=nothing)
    t.start()
    t.join()


def interpreter():
    interp = interpreters.create()
    interp.call(nothing)
    interp.close()


def spawned_process():
    p = multiprocessing.get_context("spawn").Process(target=nothing)
    p.start()
    p.join()


if __name__ == "__main__":
    if interpreters is None:
        print(
            f"concurrent.interpreters needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    for how in (thread, interpreter, spawned_process):
        print(f"{how.__name__:<16} started, ran nothing, ended: {median_ms(how):7.1f} ms (median of 3)")
