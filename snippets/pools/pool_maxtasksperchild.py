import os
from collections import Counter
from multiprocessing import Pool


def whoami(_):
    return os.getpid()


def tasks_per_worker(**options):
    with Pool(2, **options) as pool:
        pids = pool.map(whoami, range(8), chunksize=1)  # 8 tasks of one call each
    return sorted(Counter(pids).values(), reverse=True)


if __name__ == "__main__":
    print(f"default:             tasks per worker process {tasks_per_worker()}")
    print(f"maxtasksperchild=2:  tasks per worker process {tasks_per_worker(maxtasksperchild=2)}")
