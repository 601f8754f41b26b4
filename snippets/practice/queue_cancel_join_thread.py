import multiprocessing
import queue

ITEMS = 100_000


def produce(q):
    for i in range(ITEMS):
        q.put(i)  # put() only buffers: a feeder thread writes to the pipe later
    q.cancel_join_thread()  # exit without waiting for the feeder thread: may lose data


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=produce, args=(q,))
    p.start()
    p.join(timeout=10)  # no get() first, yet the child exits
    print(f"child exited before anything was read: exitcode={p.exitcode}")
    received = 0
    try:
        while True:
            q.get(timeout=0.5)
            received += 1
    except queue.Empty:
        pass
    print(f"received {received:,} of {ITEMS:,} items: the rest were lost")
