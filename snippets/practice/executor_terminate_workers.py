import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def never_ends():
    while True:
        time.sleep(0.5)


if __name__ == "__main__":
    if not hasattr(ProcessPoolExecutor, "terminate_workers"):
        print(
            f"terminate_workers() needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    executor = ProcessPoolExecutor(max_workers=2)
    futures = [executor.submit(never_ends) for _ in range(2)]
    while not all(future.running() for future in futures):
        time.sleep(0.01)
    # shutdown() would wait for ever here; terminate_workers() sends SIGTERM to each worker
    executor.terminate_workers()  # kill_workers() does the same with SIGKILL
    for n, future in enumerate(futures):
        print(f"call {n}: {type(future.exception()).__name__}")
    executor.shutdown()  # returns at once: nothing is left to wait for
    print(f"worker processes left: {len(multiprocessing.active_children())}")
