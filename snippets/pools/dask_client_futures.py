import logging

from distributed import Client, LocalCluster, as_completed


def square(n):
    if n == 3:
        raise ValueError(f"bad input: {n}")
    return n * n


if __name__ == "__main__":
    # Not Dask's own log lines as it starts and stops: on a busy machine a closing
    # connection or an internal timeout logs one, with a traceback (asyncio, Dask).
    logging.disable(logging.ERROR)
    # Two workers of one thread each, in this process (see the text); any free port, no logs.
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=":0",
        silence_logs=logging.CRITICAL,
    ) as cluster:
        with Client(cluster) as client:
            print(f"workers: {len(client.scheduler_info()['workers'])}")
            futures = client.map(square, range(6))  # Dask's own map returns Futures
            results, errors = {}, {}
            for future in as_completed(futures):  # distributed.as_completed
                n = futures.index(future)
                try:
                    results[n] = future.result()  # the task's exception is raised here
                except ValueError as error:
                    errors[n] = error
            print(f"results: {dict(sorted(results.items()))}")
            print(f"errors:  {errors}")
            total = client.submit(sum, [client.submit(square, n) for n in (1, 2)])
            print(f"a task that takes other tasks' futures: {total.result()}")
