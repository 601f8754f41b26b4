import threading
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.lock = threading.Lock()  # a lock cannot be pickled

    def double(self, x):
        return 2 * x


def make_scaler(factor):
    def scale(x):  # defined inside a function: a "local object"
        return factor * x

    return scale


def attempt(pool, label, func):
    try:
        print(f"{label}: {pool.map(func, [1, 2, 3])}")
    except Exception as error:
        print(f"{label}: {type(error).__name__}: {error}")


if __name__ == "__main__":
    with Pool(2) as pool:
        attempt(pool, "nested function", make_scaler(10))
        attempt(pool, "lambda", lambda x: 10 * x)
        attempt(pool, "bound method", Counter().double)
