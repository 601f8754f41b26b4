import logging
from concurrent.futures import ProcessPoolExecutor, as_completed


def square(n):
    return n * n


def squares(executor):
    """Written for concurrent.futures only: it knows nothing about Dask."""
    futures = [executor.submit(square, n) for n in range(6)]
    return sorted(future.result() for future in as_completed(futures))


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        print(f"ProcessPoolExecutor:  {squares(pool)}")

    # Imported here, not at the top: spawned pool workers re-import this file, and need no Dask.
    from distributed import Client, LocalCluster

    # Not Dask's own log lines as it starts and stops: on a busy machine a closing
    # connection or an internal timeout logs one, with a traceback (asyncio, Dask).
    logging.disable(logging.ERROR)

    # A Dask cluster on this machine: a scheduler and two workers (threads here, see the text).
    with LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            print(f"Dask's executor:      {squares(client.get_executor())}")
