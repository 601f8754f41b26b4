import multiprocessing
import os
import signal


def die():
    os.kill(os.getpid(), signal.SIGKILL)  # the worker vanishes (POSIX only)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        lost = pool.apply_async(die)
        try:
            lost.get(timeout=2)  # without a timeout, get() would wait forever
        except multiprocessing.TimeoutError:
            print("get(timeout=2): TimeoutError, the result will never come")
        print(f"the pool replaced its worker and goes on: {pool.apply(abs, (-7,))}")
