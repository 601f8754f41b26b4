import math
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(_):
    time.sleep(0.1)  # stands for a network call: waiting, not computing


if __name__ == "__main__":
    tasks = 12
    for workers in [1, 3, 12]:
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as executor:
            list(executor.map(fetch, range(tasks)))
        elapsed = time.perf_counter() - t0
        rounds = math.ceil(tasks / workers)  # calls each thread makes, one after another
        print(f"max_workers={workers:2}: {elapsed:.2f} s (at least {rounds} x 0.1 s = {rounds * 0.1:.1f} s)")
