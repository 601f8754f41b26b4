import os
import time
from multiprocessing import Pool

DURATIONS = [0.5, 0.4, 0.3, 0.2, 0.1]  # seconds per task (the notes: random, up to 3 s)


def task(name, t0):
    start = time.time()  # time.time(): one clock that the parent and the workers all read
    time.sleep(DURATIONS[name])
    return name, os.getpid(), start - t0, time.time() - t0


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    p = Pool(4)  # four worker processes, whatever the number of CPUs
    t0 = time.time()
    results = [p.apply_async(task, args=(i, t0)) for i in range(5)]
    print("Waiting for all tasks to finish...")
    p.close()  # no more tasks
    p.join()  # wait for the workers to finish them and exit
    print("All tasks done.")
    for result in results:
        name, pid, start, end = result.get()  # the task's return value
        print(f"task {name}: worker {pid}, ran from {start:.2f} s to {end:.2f} s")
