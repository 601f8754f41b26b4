from concurrent.futures import ProcessPoolExecutor


def check(n):
    if n == 3:
        raise ValueError(f"bad input: {n}")
    return n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        for n in range(5):
            pool.submit(check, n)  # the Future is thrown away, and its exception with it
        results = pool.map(check, range(5))  # an iterator that nobody reads
    print("Both ways, task 3 raised ValueError. Nothing said so.")
