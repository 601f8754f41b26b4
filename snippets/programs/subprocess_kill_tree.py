import os
import select
import signal
import subprocess
import sys

# The child starts a grandchild; both wait forever, and both hold the stdout pipe.
CHILD_CODE = """
import signal, subprocess, sys
subprocess.Popen([sys.executable, "-c", "import signal; signal.pause()"])
print("child: started a grandchild", flush=True)
signal.pause()
"""


def pipe_closed(pipe, wait):
    """True when every process holding the pipe's write end has exited."""
    ready, _, _ = select.select([pipe], [], [], wait)
    return bool(ready) and pipe.read() == b""


if __name__ == "__main__":
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD_CODE],
        stdout=subprocess.PIPE,
        start_new_session=True,  # a new session and process group, led by the child
    )
    try:
        print(proc.stdout.readline().decode().strip())
        try:
            proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            proc.kill()  # what run(timeout=...) does: SIGKILL to the child only
            proc.wait()
        print(f"child killed (returncode {proc.returncode}); pipe closed: {pipe_closed(proc.stdout, 0.5)}")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole process group: the grandchild too
    print(f"after os.killpg(): pipe closed: {pipe_closed(proc.stdout, 5)}")
    proc.stdout.close()
