import multiprocessing
import time
from multiprocessing.connection import wait
from pathlib import Path


def state(pid):
    """The process's state as Linux shows it in /proc, or "gone" once it has been reaped."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return "gone"
    return next(line.split(":")[1].strip() for line in status.splitlines() if line.startswith("State:"))


def nothing():
    pass


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        p = multiprocessing.get_context(method).Process(target=nothing)
        p.start()
        wait([p.sentinel])  # returns once the process has ended; reaps nothing
        time.sleep(0.1)  # let the kernel finish its exit
        before = state(p.pid)
        p.join()
        print(f"{method:>10}: ended, not joined: {before:<12} after join(): {state(p.pid)}")
