import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash():
    os._exit(3)  # the worker dies without a word, as after a segfault or the OOM killer


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        try:
            executor.submit(crash).result()
        except BrokenProcessPool as error:
            print(f"BrokenProcessPool: {error}")
            cause = error.__cause__  # 3.15 names the process that died, and its exit code
            print("caused by:", str(cause).strip("\n'") if cause else None)
