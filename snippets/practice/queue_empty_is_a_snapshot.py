import multiprocessing


def size(q):
    try:
        return q.qsize()
    except NotImplementedError:  # macOS: sem_getvalue() is not implemented there
        return "unknown"


def produce(q, go_on):
    q.put("first")
    go_on.wait(timeout=10)  # the producer is busy elsewhere for a while
    for item in ("second", "third"):
        q.put(item)
    q.put(None)  # sentinel: nothing more will come


if __name__ == "__main__":
    q, go_on = multiprocessing.Queue(), multiprocessing.Event()
    p = multiprocessing.Process(target=produce, args=(q, go_on))
    p.start()
    print(f"got {q.get()!r}; now qsize()={size(q)}, empty()={q.empty()}")
    drained = []
    while not q.empty():  # wrong: empty() describes this instant, not the future
        drained.append(q.get())
    print(f"'while not q.empty()' collected {drained}")
    go_on.set()
    rest = list(iter(q.get, None))  # right: get() until the sentinel
    print(f"get() until the sentinel collected {rest}")
    p.join()
