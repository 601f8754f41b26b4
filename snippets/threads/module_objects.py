import threading

# Make one object of each kind and ask what it really is.
objects = {
    "Thread(target=print)": threading.Thread(target=print),
    "Timer(1, print)": threading.Timer(1, print),
    "Lock()": threading.Lock(),
    "RLock()": threading.RLock(),
    "Condition()": threading.Condition(),
    "Semaphore()": threading.Semaphore(),
    "BoundedSemaphore()": threading.BoundedSemaphore(),
    "Event()": threading.Event(),
    "Barrier(2)": threading.Barrier(2),
    "local()": threading.local(),
}
for expression, obj in objects.items():
    kind = type(obj)
    print(f"{expression:20} -> {kind.__module__}.{kind.__qualname__}")

print(f"Timer is a Thread subclass: {issubclass(threading.Timer, threading.Thread)}")
print(f"TIMEOUT_MAX: {threading.TIMEOUT_MAX:.0f} s")
