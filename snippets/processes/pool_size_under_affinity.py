import multiprocessing
import os
import sys

if __name__ == "__main__":
    if not hasattr(os, "sched_setaffinity"):
        sys.exit("this example needs Linux: os.sched_setaffinity()")
    one_cpu = {min(os.sched_getaffinity(0))}
    os.sched_setaffinity(0, one_cpu)  # what `taskset -c 0 python ...` does: one CPU allowed
    print(f"CPUs this process may use:  {len(os.sched_getaffinity(0))}")
    print(f"os.cpu_count():             {os.cpu_count()}")
    if hasattr(os, "process_cpu_count"):  # new in Python 3.13
        print(f"os.process_cpu_count():     {os.process_cpu_count()}")
    with multiprocessing.Pool() as pool:  # no size given
        workers = multiprocessing.active_children()
        print(f"Pool() started {len(workers)} worker processes")
