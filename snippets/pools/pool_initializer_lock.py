import os
import time
from multiprocessing import Lock, Pool

lock = None  # each worker process gets its own reference in init_worker()


def init_worker(shared_lock):
    global lock
    lock = shared_lock  # the same lock in every worker of the pool


def report(task):
    with lock:  # the two lines of one task are never split by another task's lines
        print(f"task {task}: start (pid {os.getpid()})", flush=True)
        time.sleep(0.05)  # meanwhile, the other worker waits for the lock
        print(f"task {task}: end", flush=True)
    return task


def use_as_argument(lock):
    return "unreachable"


if __name__ == "__main__":
    shared_lock = Lock()
    with Pool(2, initializer=init_worker, initargs=(shared_lock,)) as pool:
        pool.map(report, range(4), chunksize=1)
        try:  # a lock cannot travel as a task argument
            pool.apply(use_as_argument, (shared_lock,))
        except RuntimeError as error:
            print(f"as a task argument: RuntimeError: {error}")
