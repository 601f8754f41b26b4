import subprocess
import sys

# The child writes 1 MB to its stdout: far more than a pipe holds (64 KiB on Linux).
CHILD = [sys.executable, "-c", "import sys; sys.stdout.write('x' * 1_000_000)"]

if __name__ == "__main__":
    proc = subprocess.Popen(CHILD, stdout=subprocess.PIPE)
    try:
        proc.wait(timeout=1)  # nobody reads the pipe: the child blocks writing...
    except subprocess.TimeoutExpired:  # ...and wait() would have waited forever
        print("wait(): still running after 1 s, stuck writing to a full pipe")

    out, _ = proc.communicate(timeout=10)  # reads while it waits: no deadlock
    print(f"communicate(): read {len(out):,} bytes, returncode={proc.returncode}")
