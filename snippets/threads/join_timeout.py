import threading
import time

release = threading.Event()


def worker():
    release.wait()  # busy until the main thread lets it go


if __name__ == "__main__":
    t = threading.Thread(target=worker, name="worker")
    t.start()

    started = time.monotonic()
    result = t.join(timeout=0.2)  # wait at most 0.2 s
    waited = time.monotonic() - started
    print(f"join(timeout=0.2) returned {result!r} after {waited:.1f} s")
    print(f"is the worker still alive? {t.is_alive()}")  # the only way to know

    release.set()
    t.join()  # no timeout: wait as long as it takes
    print(f"after join(): alive = {t.is_alive()}")
