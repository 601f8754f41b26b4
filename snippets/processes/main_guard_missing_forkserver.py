# Wrong on purpose: this file has no `if __name__ == "__main__":` guard.
import multiprocessing
import os
import sys


def worker():
    print("worker: hello")  # never printed


print(f"top level of the main module, running in pid {os.getpid()}")
ctx = multiprocessing.get_context("forkserver")  # the default on Linux from 3.14
p = ctx.Process(target=worker)
try:
    p.start()  # the fork server (or the child) imports this file and runs this line again
except (EOFError, ConnectionError) as error:  # the fork server died before answering
    print(f"p.start() raised {type(error).__name__}: the fork server is gone, no child ran")
    sys.exit(1)
p.join()
print(f"the child's exit code: {p.exitcode}")
sys.exit(p.exitcode)
