import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def remember(event):  # the initializer: runs once in each worker process
    global go
    go = event


def work(n):
    if n == 1:
        go.wait()  # until the parent says so: the same story in every run
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would (POSIX only)
    for _ in range(3):
        time.sleep(0.5)
    return n * 10


if __name__ == "__main__":
    go = multiprocessing.Event()
    with ProcessPoolExecutor(2, initializer=remember, initargs=(go,)) as pool:
        futures = [pool.submit(work, n) for n in range(5)]
        futures[0].result()  # task 0 finishes first...
        go.set()  # ...then task 1 kills its worker
        for n, future in enumerate(futures):
            try:
                print(f"task {n}: {future.result()}")
            except BrokenProcessPool as error:
                print(f"task {n}: BrokenProcessPool: {error}")
        try:
            pool.submit(work, 5)
        except BrokenProcessPool as error:
            print(f"submit() afterwards: BrokenProcessPool: {error}")
