from multiprocessing import Pool


def check(n):
    if n == 3:
        raise ValueError(f"bad input: {n}")
    return n


if __name__ == "__main__":
    results, errors = [], []
    with Pool(2) as pool:
        for n in range(5):
            pool.apply_async(check, (n,), callback=results.append, error_callback=errors.append)
        pool.close()
        pool.join()  # every callback has run once join() returns
        print(f"callback got {sorted(results)}")
        print(f"error_callback got {errors}")

    calls = []
    with Pool(2) as pool:
        outcome = pool.map_async(check, range(5), callback=calls.append, error_callback=calls.append)
        outcome.wait()
        print(f"map_async: only error_callback was called: {calls}")
