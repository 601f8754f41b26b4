import subprocess
import sys
import time


def state(pid):
    """The process's state letter on Linux: R running, S sleeping, Z zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "no such process"


if __name__ == "__main__":
    proc = subprocess.Popen([sys.executable, "-c", "pass"])  # exits at once
    deadline = time.monotonic() + 10
    while state(proc.pid) != "Z" and time.monotonic() < deadline:
        time.sleep(0.05)
    print(f"the child has exited, nobody has waited for it: state {state(proc.pid)}")
    print(f"poll() returns {proc.poll()}: the parent reads its exit status")
    print(f"after poll(): {state(proc.pid)}")
