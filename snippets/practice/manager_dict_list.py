from multiprocessing import Manager, Process


def record(scores, log, name, points):
    scores[name] = points  # a proxy method call: runs in the manager process
    log.append(f"{name} scored {points}")


if __name__ == "__main__":
    with Manager() as manager:  # starts the manager, a server process
        scores = manager.dict()  # a proxy to a dict that lives in the manager
        log = manager.list()  # a proxy to a list, likewise
        players = [("ann", 3), ("bob", 5), ("cy", 4)]
        workers = [Process(target=record, args=(scores, log, *p)) for p in players]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(f"type(scores) = {type(scores).__name__}")
        print(f"scores = {dict(sorted(scores.items()))}")  # copied out of the manager
        print(f"log, sorted = {sorted(log)}")
