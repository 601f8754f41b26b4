from multiprocessing import Lock, Pool, RawValue


def init_worker(shared_lock, shared_total):
    global lock, total  # each worker process keeps them in globals
    lock, total = shared_lock, shared_total


def add(n):
    for _ in range(n):
        with lock:  # total.value += 1 reads, then writes: hold the lock across both
            total.value += 1


if __name__ == "__main__":
    lock = Lock()
    total = RawValue("i", 0)  # a C int in shared memory, without a lock of its own
    # initargs reach each worker when it is created: inheritance, so no RuntimeError
    with Pool(2, initializer=init_worker, initargs=(lock, total)) as pool:
        pool.map(add, [1000] * 4)
    print(f"total = {total.value}")
