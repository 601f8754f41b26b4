import multiprocessing
import os
import resource
import threading


def start_threads(stack_size, at_most=100):
    # In this child only: allow 48 MiB more virtual memory than it uses now (Linux).
    used = int(open("/proc/self/statm").read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (used + 48 * 2**20, resource.RLIM_INFINITY))
    threading.stack_size(stack_size)  # each new thread reserves this much for its stack
    stop, threads, error = threading.Event(), [], None
    try:
        while len(threads) < at_most:
            t = threading.Thread(target=stop.wait)
            t.start()
            threads.append(t)
    except RuntimeError as exc:
        error = f"{type(exc).__name__}: {exc}"
    stop.set()
    for t in threads:
        t.join()
    return len(threads), error


if __name__ == "__main__":
    for kib in (8 * 1024, 256):  # 8 MiB is the usual default stack size on Linux
        with multiprocessing.Pool(1) as pool:  # a fresh child for each measurement
            started, error = pool.apply(start_threads, (kib * 1024,))
        print(f"stack {kib:>4} KiB: {started:>3} threads started, then {error or 'no error (cap)'}")
