import threading
from concurrent.futures import ThreadPoolExecutor

started, release = threading.Event(), threading.Event()


def job(n):
    started.set()
    release.wait(timeout=5)  # busy until the main thread says so
    return n


if __name__ == "__main__":
    executor = ThreadPoolExecutor(max_workers=1)
    futures = [executor.submit(job, n) for n in range(5)]  # 1 runs, 4 wait in the queue
    started.wait()
    executor.shutdown(wait=False, cancel_futures=True)  # drop the queue, do not wait
    print(f"shutdown() returned; the running call is done: {futures[0].done()}")
    print(f"cancelled: {[f.cancelled() for f in futures]}")
    release.set()
    print(f"the running call still finishes: result={futures[0].result()}")
    try:
        executor.submit(job, 5)
    except RuntimeError as error:
        print(f"submit() after shutdown: RuntimeError({error})")
