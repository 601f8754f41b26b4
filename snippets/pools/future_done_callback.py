import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

calls = []  # (value, process, thread) seen by each callback


def hold_until(event):  # the pool's initializer: each worker keeps the event
    global go
    go = event


def square(x):
    go.wait()  # not done before the parent says so
    return x * x


def record(future):  # called with the finished future
    process = "parent" if os.getpid() == PARENT else "worker"
    thread = "main thread" if threading.current_thread() is threading.main_thread() else "another thread"
    calls.append(f"callback got {future.result()} in the {process} process, {thread}")


if __name__ == "__main__":
    PARENT = os.getpid()
    go = multiprocessing.Event()
    with ProcessPoolExecutor(max_workers=2, initializer=hold_until, initargs=(go,)) as executor:
        future = executor.submit(square, 7)
        future.add_done_callback(record)  # runs when square(7) completes,
        go.set()  # which cannot happen before this line
        future.result()  # wait until it is done...
    future.add_done_callback(record)  # ...added to a finished future: runs at once, right here
    print("\n".join(calls))
