import queue
import threading

jobs = queue.Queue()
idle = threading.Event()  # set by the worker when it found no job
stop = threading.Event()  # set by the main thread: "finish and return"


def worker():
    while not stop.is_set():
        try:
            job = jobs.get(timeout=0.2)  # wait at most 0.2 s for a job...
        except queue.Empty:
            print("worker: no job for 0.2 s, checking the stop flag")
            idle.set()
            continue  # ...then look at the stop flag again
        print(f"worker: did job {job}")
    print("worker: stop requested, returning")


if __name__ == "__main__":
    for job in range(3):
        jobs.put(job)
    t = threading.Thread(target=worker)
    t.start()
    idle.wait(timeout=5)  # the three jobs are done, the worker is waiting for more
    stop.set()  # a plain get() would never see this: it would wait forever
    t.join()
    print("main: worker joined")
