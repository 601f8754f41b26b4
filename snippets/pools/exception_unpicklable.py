import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


class LockedError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.lock = threading.Lock()  # an attribute that cannot be pickled


def fail():
    raise LockedError("the real error")


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        try:
            executor.submit(fail).result()
        except Exception as error:
            print(f"ProcessPoolExecutor: {type(error).__name__}: {error}")
            print(f"  original, as text only: {'LockedError: the real error' in str(error.__cause__)}")
    with Pool(1) as pool:
        try:
            pool.apply(fail)
        except Exception as error:
            print(f"Pool: {type(error).__name__}: {error}")
