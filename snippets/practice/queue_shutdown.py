import queue
import sys
import threading


def consume(q, taken):
    while True:
        try:
            taken.append(q.get())
        except queue.ShutDown:  # raised once the queue is shut down and empty
            return


if not hasattr(queue.Queue, "shutdown"):
    print(f"Queue.shutdown() needs Python 3.13 (this is {sys.version_info.major}.{sys.version_info.minor})")
    raise SystemExit

q = queue.Queue()
taken = []
consumers = [threading.Thread(target=consume, args=(q, taken)) for _ in range(2)]
for consumer in consumers:
    consumer.start()
for item in range(6):
    q.put(item)
q.shutdown()  # no sentinels: the consumers drain the queue, then get() raises ShutDown
for consumer in consumers:
    consumer.join()
print(f"both consumers stopped after taking {sorted(taken)}")
try:
    q.put(6)
except queue.ShutDown:
    print("put() after shutdown(): queue.ShutDown")

q = queue.Queue()
for item in range(3):
    q.put(item)
q.shutdown(immediate=True)  # also discards what is still queued
print(f"after shutdown(immediate=True): qsize() = {q.qsize()}")
