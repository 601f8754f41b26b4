import multiprocessing
import os

if __name__ == "__mp_main__":  # this file, imported again by another process
    print(f"pid {os.getpid()}: imported this script as __mp_main__", flush=True)


def report(name):
    print(f"{name}: pid {os.getpid()}, parent pid {os.getppid()}", flush=True)


if __name__ == "__main__":
    print(f"main process: pid {os.getpid()}, start method {multiprocessing.get_start_method()}", flush=True)
    for n in range(2):  # one after the other, so that their lines do not mix
        child = multiprocessing.Process(target=report, args=(f"child-{n}",))
        child.start()
        child.join()
