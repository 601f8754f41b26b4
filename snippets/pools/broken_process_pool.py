import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def work(n):
    if n == 1:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would (POSIX only)
    for _ in range(2):
        time.sleep(0.5)
    return n * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        futures = [pool.submit(work, 0)]
        futures[0].result()  # task 0 finishes before the others are submitted
        futures += [pool.submit(work, n) for n in range(1, 5)]
        for n, future in enumerate(futures):
            try:
                print(f"task {n}: {future.result()}")
            except BrokenProcessPool as error:
                print(f"task {n}: BrokenProcessPool: {error}")
        try:
            pool.submit(work, 5)
        except BrokenProcessPool as error:
            print(f"submit() afterwards: BrokenProcessPool: {error}")
