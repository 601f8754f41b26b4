from multiprocessing import Manager, Process


def add_tag(shared, tag):
    shared["tags"].append(tag)  # appends to a COPY of the list: the update is lost


def add_tag_and_store(shared, lock, tag):
    with lock:  # read-modify-write: two processes must not interleave it
        tags = shared["tags"]  # a copy, fetched from the manager
        tags.append(tag)
        shared["tags"] = tags  # assigning through the proxy sends it back


def run(target, *args):
    workers = [Process(target=target, args=(*args, tag)) for tag in ("a", "b", "c")]
    for p in workers:
        p.start()
    for p in workers:
        p.join()


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict(tags=[])
        run(add_tag, shared)
        print(f"shared['tags'].append(tag): {shared['tags']}")

        shared["tags"] = []
        run(add_tag_and_store, shared, manager.Lock())
        print(f"fetch, append, store back:  {sorted(shared['tags'])}")

        shared["tags"] = manager.list()  # or make the inner list a proxy itself
        run(add_tag, shared)
        print(f"inner manager.list():       {sorted(shared['tags'])}")
