import atexit
import os
import sys
import threading


def fatal_error():
    print("thread: os._exit(3) ends the whole process, now")
    sys.stdout.flush()  # os._exit() does not flush buffers: flush what matters first
    os._exit(3)


if __name__ == "__main__":
    atexit.register(print, "atexit handler: never printed")
    try:
        thread = threading.Thread(target=fatal_error)
        thread.start()
        thread.join(timeout=10)  # the process dies while the main thread waits here
        print("main: never printed")
    finally:
        print("main's finally block: never printed either")
