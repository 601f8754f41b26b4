import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_sigint(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's business
    ready.release()


def slow_square(x):
    time.sleep(0.5)
    return x * x


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # see "Ctrl+C does nothing at all?"
    ready = multiprocessing.Semaphore(0)
    executor = ProcessPoolExecutor(2, initializer=ignore_sigint, initargs=(ready,))
    futures = [executor.submit(slow_square, x) for x in range(10)]  # 2.5 s of work
    for _ in range(2):
        ready.acquire(timeout=10)  # both workers ignore SIGINT from now on
    try:
        for child in [*multiprocessing.active_children(), multiprocessing.current_process()]:
            os.kill(child.pid, signal.SIGINT)  # what Ctrl+C in a terminal does
        print(f"results: {[f.result() for f in futures]}")
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt, cancelling what has not started")
        executor.shutdown(wait=True, cancel_futures=True)  # running calls still finish
    done = sum(f.done() and not f.cancelled() for f in futures)
    cancelled = sum(f.cancelled() for f in futures)
    print(f"of {len(futures)} calls: {done} finished, {cancelled} cancelled")
