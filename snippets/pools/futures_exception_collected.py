from concurrent.futures import ProcessPoolExecutor, as_completed


def check(n):
    if n == 3:
        raise ValueError(f"bad input: {n}")
    return n


if __name__ == "__main__":
    results, errors = {}, {}
    with ProcessPoolExecutor(2) as pool:
        futures = {pool.submit(check, n): n for n in range(5)}  # keep every Future
        for future in as_completed(futures):  # in the order they finish
            n = futures[future]
            try:
                results[n] = future.result()  # raises the task's exception here
            except ValueError as error:
                errors[n] = error
    print(f"results: {dict(sorted(results.items()))}")
    print(f"errors:  {errors}")

    with ProcessPoolExecutor(2) as pool:
        try:
            for n, value in zip(range(5), pool.map(check, range(5))):
                print(f"map gave {n} -> {value}")
        except ValueError as error:  # map() raises when you reach the failed item
            print(f"map raised {error!r}; the results after it are lost")
