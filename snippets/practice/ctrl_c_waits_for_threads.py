import atexit
import os
import signal
import threading
import time

start = time.monotonic()


def say(text):
    print(f"{time.monotonic() - start:4.1f} s  {text}")


def stubborn_worker():
    os.kill(os.getpid(), signal.SIGINT)  # plays the user pressing Ctrl+C right now
    for _ in range(3):  # 1.5 s of work that never looks at any stop request
        time.sleep(0.5)
    say("worker: done, only now can the process exit")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # see "Ctrl+C does nothing at all?"
    atexit.register(say, "process exits")  # atexit runs after non-daemon threads end
    try:
        worker = threading.Thread(target=stubborn_worker)  # a non-daemon thread
        worker.start()
        worker.join()
    except KeyboardInterrupt:
        say("main: KeyboardInterrupt; the main thread ends here")
