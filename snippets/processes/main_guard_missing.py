# Wrong on purpose: this file has no `if __name__ == "__main__":` guard.
import multiprocessing
import os
import sys


def worker():
    print("worker: hello")  # never printed


print(f"top level of the main module, running in pid {os.getpid()}")
ctx = multiprocessing.get_context("spawn")  # the default on Windows and macOS
p = ctx.Process(target=worker)
p.start()  # the child imports this file again, runs this line again, and fails
p.join()
print(f"the child's exit code: {p.exitcode}")
sys.exit(p.exitcode)
