import os
import threading
import warnings


def hold(lock, holding, release):
    with lock:  # this thread takes the lock...
        holding.set()
        release.wait()  # ...and keeps it until the main thread says so


lock = threading.Lock()
holding, release = threading.Event(), threading.Event()
holder = threading.Thread(target=hold, args=(lock, holding, release), name="holder")
holder.start()
holding.wait()
print(f"parent: threads {[t.name for t in threading.enumerate()]}, lock held by 'holder'")

with warnings.catch_warnings(record=True) as caught:  # keep the warning for later
    warnings.simplefilter("always")
    pid = os.fork()  # Unix only; only the thread that calls fork() is copied
if pid == 0:
    print(f"child:  threads {[t.name for t in threading.enumerate()]}")
    print(f"child:  lock.acquire(timeout=0.5) -> {lock.acquire(timeout=0.5)}")
    os._exit(0)
os.waitpid(pid, 0)
for warning in caught:  # Python 3.12 and later warn; 3.11 is silent
    print(f"parent: fork() warned: {warning.category.__name__}: {warning.message}")
release.set()
holder.join()
