import sys
import threading

inside, leave = threading.Event(), threading.Event()


def numbers():
    for n in range(3):
        inside.set()
        leave.wait(timeout=5)  # stay inside the generator until the main thread has tried
        yield n


def race(shared):
    """A thread takes an item; while it is inside the generator, the main thread asks for one too."""
    inside.clear()
    leave.clear()
    got = []
    thread = threading.Thread(target=lambda: got.append(next(shared)))
    thread.start()
    inside.wait()
    threading.Timer(0.2, leave.set).start()  # let the thread leave the generator in 0.2 s
    try:
        mine = next(shared)
    except ValueError as error:
        mine = f"ValueError: {error}"
    thread.join()
    print(f"the thread got {got[0]}, the main thread got {mine}")


race(numbers())
if not hasattr(threading, "serialize_iterator"):
    print(
        f"threading.serialize_iterator needs Python 3.15 (this is {sys.version_info.major}.{sys.version_info.minor})"
    )
    raise SystemExit
race(threading.serialize_iterator(numbers()))  # next() waits for the thread's next() to finish
