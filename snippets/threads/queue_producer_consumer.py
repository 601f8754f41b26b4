import queue
import threading

STOP = None  # the sentinel: "no more items"
N_CONSUMERS = 3


def producer(q):
    for item in range(1, 10):
        q.put(item)  # blocks while the queue is full (maxsize=2)
    for _ in range(N_CONSUMERS):
        q.put(STOP)  # one sentinel per consumer


def consumer(q, results):
    while True:
        item = q.get()  # blocks, without using the CPU, while the queue is empty
        if item is STOP:
            break
        results.append(item * item)


if __name__ == "__main__":
    q = queue.Queue(maxsize=2)
    per_consumer = {f"consumer-{i}": [] for i in range(N_CONSUMERS)}
    threads = [threading.Thread(target=producer, args=(q,))]
    threads += [
        threading.Thread(target=consumer, args=(q, results), name=name)
        for name, results in per_consumer.items()
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()  # every consumer stops at its sentinel: nothing left running
    for name, results in per_consumer.items():
        print(f"{name} squared {len(results)} items")
    print(f"all results: {sorted(r for results in per_consumer.values() for r in results)}")
    print(f"threads left: {[t.name for t in threading.enumerate()]}")
