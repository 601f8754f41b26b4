import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

go = threading.Event()


def in_thread(_):
    go.wait(timeout=5)  # no call ends before all are submitted: every thread gets started
    return threading.current_thread().name


def in_process(_):
    time.sleep(0.05)
    return os.getpid()


if __name__ == "__main__":
    print(f"os.cpu_count() = {os.cpu_count()}")
    if hasattr(os, "process_cpu_count"):  # new in Python 3.13
        print(f"os.process_cpu_count() = {os.process_cpu_count()}")
    with ThreadPoolExecutor() as executor:  # no max_workers: the default
        futures = [executor.submit(in_thread, i) for i in range(40)]
        go.set()
        print(f"ThreadPoolExecutor() used {len({f.result() for f in futures})} threads")
    with ProcessPoolExecutor() as executor:
        print(f"ProcessPoolExecutor() used {len(set(executor.map(in_process, range(20))))} processes")
