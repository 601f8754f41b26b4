import sys
import threading
import time

exiting = threading.Event()


def worker():
    exiting.wait(timeout=5)  # the main thread is about to call sys.exit()
    time.sleep(0.3)  # still working after it did
    print("worker: finished; only now can the program end")


if __name__ == "__main__":
    threading.Thread(target=worker).start()  # a normal (non-daemon) thread
    print("main: calling sys.exit(5)")
    exiting.set()
    sys.exit(5)  # ends the main thread; the interpreter then waits for the worker
