import multiprocessing
import signal
import sys
import time


def work(ready):
    # A program started in the background may inherit SIGINT ignored: then it never
    # raises KeyboardInterrupt (see "Ctrl+C does nothing at all?"). Ask for it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        ready.set()
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:  # interrupt() sends SIGINT: the child can clean up
        print("child: KeyboardInterrupt, saving my work and returning", flush=True)


if __name__ == "__main__":
    if not hasattr(multiprocessing.Process, "interrupt"):
        print(
            f"Process.interrupt() needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    ready = multiprocessing.Event()
    child = multiprocessing.Process(target=work, args=(ready,))
    child.start()
    ready.wait()
    child.interrupt()
    child.join()
    print(f"parent: after interrupt(), exit code {child.exitcode}")
