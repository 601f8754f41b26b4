import os
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits


def blas_threads(_):
    np.ones((64, 64)) @ np.ones((64, 64))  # a matrix product: BLAS's threads at work
    return sum(pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas")


def one_blas_thread():
    threadpool_limits(limits=1, user_api="blas")  # for the rest of this worker's life


if __name__ == "__main__":
    cores = len(os.sched_getaffinity(0))
    print(f"cores this process may use: {cores}")
    for label, init in [("default", None), ("initializer", one_blas_thread)]:
        with ProcessPoolExecutor(max_workers=cores, initializer=init) as pool:
            each = list(pool.map(blas_threads, range(cores)))
        print(f"{label}: {cores} workers, BLAS threads in each: {each}, in all: {sum(each)}")
