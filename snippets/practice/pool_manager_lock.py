from multiprocessing import Manager, Pool


def add(counts, lock, n):
    for _ in range(n):
        with lock:  # counts["hits"] += 1 is two round trips: a read, then a write
            counts["hits"] += 1


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        counts = manager.dict(hits=0)
        lock = manager.Lock()  # a proxy: it can be passed to tasks like any argument
        pool.starmap(add, [(counts, lock, 250)] * 4)
        print(f"counts['hits'] = {counts['hits']}")
