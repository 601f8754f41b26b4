import os
from collections import Counter
from multiprocessing import Pool


def whoami(_):
    return os.getpid()


def describe(**options):
    with Pool(2, **options) as pool:
        pids = pool.map(whoami, range(8), chunksize=1)  # 8 tasks of one call each
    per_pid = sorted(Counter(pids).values(), reverse=True)
    return f"{len(per_pid)} different worker pids, tasks per pid {per_pid}"


if __name__ == "__main__":
    print(f"default:            {describe()}")
    print(f"maxtasksperchild=2: {describe(maxtasksperchild=2)}")
