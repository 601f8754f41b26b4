import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError


def power(base, exponent):
    return base**exponent


def slow_square(x):
    time.sleep(0.25 * x)  # 0, 0.25 and 0.5 s
    return x * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        # Several iterables: one argument from each; the shortest one ends the map.
        print(f"several iterables: {list(executor.map(power, [2, 3, 4], [5, 2, 1, 9]))}")
        # chunksize: send the inputs in batches of 100 (fewer round trips, same results).
        print(f"chunksize=100: sum = {sum(executor.map(abs, range(-1000, 0), chunksize=100))}")
        # timeout: counted from the call to map(), for the whole iteration.
        results = executor.map(slow_square, [0, 1, 2], timeout=0.4)
        try:
            for value in results:
                print(f"got {value}")
        except TimeoutError:
            print("TimeoutError: not every result arrived within 0.4 s of the map() call")
