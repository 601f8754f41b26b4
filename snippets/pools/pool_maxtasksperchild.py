import os
from collections import Counter
from multiprocessing import Pool


def whoami(_):
    return os.getpid()


def describe(**options):
    with Pool(2, **options) as pool:
        pids = pool.map(whoami, range(8), chunksize=1)  # 8 tasks of one call each
    per_pid = Counter(pids).values()  # how many tasks each process ran
    return f"{len(pids)} tasks in {len(per_pid)} worker processes, at most {max(per_pid)} in one"


if __name__ == "__main__":
    print(f"default:            {describe()}")
    print(f"maxtasksperchild=2: {describe(maxtasksperchild=2)}")
