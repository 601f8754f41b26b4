import multiprocessing
import os

if __name__ == "__main__":
    print(f"os.cpu_count():         {os.cpu_count()}")
    if hasattr(os, "process_cpu_count"):  # new in Python 3.13
        print(f"os.process_cpu_count(): {os.process_cpu_count()}")
    with multiprocessing.Pool() as pool:  # no size given
        workers = multiprocessing.active_children()  # the pool's worker processes
        print(f"Pool() started {len(workers)} worker processes")
