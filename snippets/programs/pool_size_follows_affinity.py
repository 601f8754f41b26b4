import multiprocessing as mp
import os

if __name__ == "__main__":
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # this process may use one CPU only
    print("os.cpu_count():              ", os.cpu_count())
    print("len(os.sched_getaffinity(0)):", len(os.sched_getaffinity(0)))
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        print("os.process_cpu_count():      ", os.process_cpu_count())
    with mp.Pool() as pool:  # no size given: the default
        print("worker processes Pool() started:", len(mp.active_children()))
