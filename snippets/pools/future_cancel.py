import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started, release = threading.Event(), threading.Event()


def job(name):
    started.set()
    release.wait(timeout=5)  # keeps the only worker busy
    return name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as executor:
        running = executor.submit(job, "running")
        queued = executor.submit(job, "queued")  # waits: the only worker is busy
        started.wait()  # the first call has begun
        print(f"running.cancel() -> {running.cancel()}")  # too late
        print(f"queued.cancel()  -> {queued.cancel()}")  # not started yet: cancelled
        release.set()
    print(f"running: cancelled={running.cancelled()}, result={running.result()!r}")
    try:
        queued.result()
    except CancelledError:
        print(f"queued: cancelled={queued.cancelled()}, result() raised CancelledError")
