import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(x):
    return x * x, os.getpid()


def run(executor_class):
    with executor_class(max_workers=2) as executor:  # the same code for both
        future = executor.submit(square, 7)
        value, pid = future.result()
        squares = [value for value, _ in executor.map(square, range(5))]
    where = "this process" if pid == os.getpid() else "another process"
    print(f"{executor_class.__name__}: {value}, {squares}, computed in {where}")


if __name__ == "__main__":
    run(ThreadPoolExecutor)
    run(ProcessPoolExecutor)
