import functools
import threading
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.lock = threading.Lock()

    def double(self, x):
        return 2 * x

    def __getstate__(self):  # what pickle sends: everything but the lock
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):  # the copy in the worker gets a lock of its own
        self.__dict__.update(state)
        self.lock = threading.Lock()


def scale(factor, x):  # at the top level of the module: pickled by name
    return factor * x


if __name__ == "__main__":
    with Pool(2) as pool:
        print(f"top-level function + partial: {pool.map(functools.partial(scale, 10), [1, 2, 3])}")
        print(f"bound method, lock left out:  {pool.map(Counter().double, [1, 2, 3])}")
