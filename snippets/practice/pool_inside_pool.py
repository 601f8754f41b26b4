from multiprocessing import Pool


def square(x):
    return x * x


def squares_in_a_pool(numbers):
    with Pool(2) as inner:  # a pool worker trying to start its own pool
        return inner.map(square, numbers)


if __name__ == "__main__":
    outer = Pool(2)
    try:
        outer.apply(squares_in_a_pool, ([1, 2, 3],))
    except AssertionError as error:  # raised in the worker, re-raised here
        print(f"{type(error).__name__}: {error}")
    # The fix: one pool, given all the small tasks directly.
    print("one pool:", outer.map(square, [1, 2, 3]))
    outer.close()  # close() and join(), not terminate(): the workers exit normally
    outer.join()  # and clean up what the failed inner Pool() had allocated
