import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def squares_in_a_pool(numbers):
    me = multiprocessing.current_process()
    with multiprocessing.Pool(2) as inner:  # allowed: this worker is not a daemon
        return me.daemon, inner.map(square, numbers)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as outer:
        for daemon, squares in outer.map(squares_in_a_pool, [[1, 2, 3], [4, 5]]):
            print(f"executor worker daemon={daemon}: inner Pool returned {squares}")
