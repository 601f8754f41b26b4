import hashlib
import threading
import time

DATA = bytes(64_000_000)


def count_down(n=3_000_000):  # pure Python bytecode: needs the GIL throughout
    while n:
        n -= 1


def nap():  # time.sleep() releases the GIL while it waits
    time.sleep(0.2)


def sha256():  # hashlib releases the GIL while it hashes large data
    hashlib.sha256(DATA).digest()


def run_twice(task, threaded):
    """Return (wall-clock seconds, CPU seconds used by all threads of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    if threaded:
        threads = [threading.Thread(target=task) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        task()
        task()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    print("task        one after the other   in two threads   speed-up   cores busy")
    for task in (count_down, nap, sha256):
        alone, _ = run_twice(task, threaded=False)
        together, cpu = run_twice(task, threaded=True)
        print(
            f"{task.__name__:10}  {alone:17.2f} s  {together:13.2f} s"
            f"   x{alone / together:<7.1f}  {cpu / together:5.1f}"
        )
