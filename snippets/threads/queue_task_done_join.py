import queue
import threading
import time

jobs = queue.Queue()
done = []


def worker():
    while (job := jobs.get()) is not None:
        time.sleep(0.05)  # the work
        done.append(job)
        jobs.task_done()  # "the job I got is finished"
    jobs.task_done()  # the sentinel counts as an item too


if __name__ == "__main__":
    workers = [threading.Thread(target=worker) for _ in range(2)]
    for t in workers:
        t.start()
    for job in range(6):
        jobs.put(job)

    jobs.join()  # returns when every put() item has had its task_done()
    print(f"jobs.join() returned: {len(done)} of 6 jobs done")

    for _ in workers:
        jobs.put(None)  # now stop the workers
    for t in workers:
        t.join()
    print(f"workers stopped: {not any(t.is_alive() for t in workers)}")
