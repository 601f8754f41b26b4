import multiprocessing
import random
import time


def say(lock, *args):
    with lock:  # one process prints at a time, so lines from different processes never mix
        print(*args)


def write(q, lock):
    for value in ["A", "B", "C"]:
        say(lock, f"Put {value} to queue...")
        q.put(value)
        time.sleep(random.random() * 0.3)


def read(q, lock):
    while (value := q.get()) is not None:  # None is the sentinel: nothing more will come
        say(lock, f"Get {value} from queue.")
    say(lock, "reader: got the sentinel, returning")


if __name__ == "__main__":
    q, lock = multiprocessing.Queue(), multiprocessing.Lock()  # created by the parent, passed on
    pw = multiprocessing.Process(target=write, args=(q, lock))
    pr = multiprocessing.Process(target=read, args=(q, lock))
    pw.start()
    pr.start()
    pw.join()  # the writer is done...
    q.put(None)  # ...so tell the reader, instead of killing it
    pr.join()
    print(f"reader exit code: {pr.exitcode}")
