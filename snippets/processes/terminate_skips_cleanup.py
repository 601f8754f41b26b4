import multiprocessing
import time


def worker(name, started, stop):
    try:
        print(f"{name}: working")
        started.set()
        while not stop.is_set():  # one small unit of work per turn, then check for a stop request
            time.sleep(0.1)
    finally:
        print(f"{name}: cleaning up (saving work, closing files, releasing locks...)")


if __name__ == "__main__":
    for name in ["terminated", "asked to stop"]:
        started, stop = multiprocessing.Event(), multiprocessing.Event()
        p = multiprocessing.Process(target=worker, args=(name, started, stop))
        p.start()
        started.wait()
        if name == "terminated":
            p.terminate()  # killed where it stands: its finally block never runs
        else:
            stop.set()  # a request: the worker ends its turn, cleans up and returns
        p.join()
        print(f"{name}: exit code {p.exitcode}")
