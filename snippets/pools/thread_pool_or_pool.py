from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

seen = []  # a global of this process


def square(x):
    seen.append(x)  # appended in whichever process runs the task
    return x * x


if __name__ == "__main__":
    for pool_class in (ThreadPool, Pool):  # the same interface, threads or processes
        seen.clear()
        with pool_class(2) as pool:
            results = pool.map(square, range(5))
        print(f"{pool_class.__name__:>10}: map() returned {results}, this process saw {sorted(seen)}")
