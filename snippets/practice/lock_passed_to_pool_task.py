from multiprocessing import Lock, Pool


def add_one(lock, x):
    with lock:
        return x + 1


if __name__ == "__main__":
    lock = Lock()
    with Pool(2) as pool:
        try:
            pool.apply(add_one, (lock, 41))  # the lock must be pickled to reach a worker
        except RuntimeError as error:
            print(f"RuntimeError: {error}")
