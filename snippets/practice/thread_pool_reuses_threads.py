import threading
from concurrent.futures import ThreadPoolExecutor


def task(n):
    return n, threading.current_thread().name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(task, range(10_000)))
    names = {name for _, name in results}
    print(f"{len(results):,} tasks ran on {len(names)} threads (max_workers=4)")
    print(f"results in order: {[n for n, _ in results] == list(range(10_000))}")
