import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ran = []
running = threading.Semaphore(0)  # released once by every call that starts


def task(n):
    running.release()
    time.sleep(0.2)
    ran.append(n)


def ctrl_c_with_calls_queued(cancel_futures):
    ran.clear()
    try:
        with ThreadPoolExecutor(max_workers=2) as executor:
            for n in range(10):
                executor.submit(task, n)
            running.acquire()
            running.acquire()  # both workers are busy, 8 calls wait in the queue
            try:
                signal.raise_signal(signal.SIGINT)  # "Ctrl+C"
            except KeyboardInterrupt:
                if cancel_futures:
                    executor.shutdown(cancel_futures=True)  # drop the calls not started
                raise
    except KeyboardInterrupt:  # reaches us only after the with block's shutdown(wait=True)
        print(f"cancel_futures={cancel_futures}: {len(ran)} of 10 calls ran")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if started with SIGINT ignored
    ctrl_c_with_calls_queued(cancel_futures=False)
    ctrl_c_with_calls_queued(cancel_futures=True)
