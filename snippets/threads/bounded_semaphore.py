import threading

plain = threading.Semaphore(1)
plain.release()  # one release too many: silently raises the limit to 2
first, second = plain.acquire(blocking=False), plain.acquire(blocking=False)
print(f"Semaphore(1) after an extra release: {first}, {second}")  # two holders now

bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()  # more releases than acquires: a bug, and it says so
except ValueError as error:
    print(f"BoundedSemaphore(1) extra release: ValueError: {error}")
