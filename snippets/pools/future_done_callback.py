import os
import threading
from concurrent.futures import ProcessPoolExecutor

calls = []  # (value, process, thread) seen by each callback


def square(x):
    return x * x


def record(future):  # called with the finished future
    process = "parent" if os.getpid() == PARENT else "worker"
    thread = "main thread" if threading.current_thread() is threading.main_thread() else "another thread"
    calls.append(f"callback got {future.result()} in the {process} process, {thread}")


if __name__ == "__main__":
    PARENT = os.getpid()
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)
        future.add_done_callback(record)  # runs when square(7) completes
        future.result()  # wait until it is done...
    future.add_done_callback(record)  # ...added to a finished future: runs at once, right here
    print("\n".join(calls))
