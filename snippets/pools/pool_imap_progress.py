import sys
import time
from multiprocessing import Pool


def work(x):
    time.sleep(0.05 * (x % 4))  # calls of different lengths
    return x * x


def progress_line(done, total, width=20):
    filled = width * done // total
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"


if __name__ == "__main__":
    inputs = range(12)
    results = []
    # On a terminal, rewrite one line in place; in a log (or this page), one line per step.
    end = "\r" if sys.stdout.isatty() else "\n"
    with Pool(3) as pool:
        for done, value in enumerate(pool.imap_unordered(work, inputs), 1):  # as they finish
            results.append(value)
            print(progress_line(done, len(inputs)), end=end, flush=True)
    if end == "\r":
        print()  # keep the finished line on a terminal
    print(f"results, sorted: {sorted(results)}")
