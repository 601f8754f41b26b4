import multiprocessing
import time


def slow_square(x):
    for _ in range(2):  # one second of work
        time.sleep(0.5)
    print(f"slow_square({x}) finished")
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(slow_square, (3,))
    # Leaving the block called pool.terminate(): the task was killed half-way.
    try:
        result.get(timeout=0.2)  # without a timeout, get() would wait forever
    except multiprocessing.TimeoutError:
        print(f"after the first block: ready() = {result.ready()}, no result will ever come")

    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(slow_square, (4,))
        pool.close()  # no more tasks...
        pool.join()  # ...and wait for the ones submitted, before the block ends
    print(f"after the second block: result = {result.get()}")
