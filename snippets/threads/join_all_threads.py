import threading
import time


def task(n, results):
    time.sleep(0.2)  # stands for 0.2 s of waiting: a download, a query
    results.append(n)


def start_then_join_each(count):
    results = []
    start = time.perf_counter()
    for n in range(count):
        t = threading.Thread(target=task, args=(n, results))
        t.start()
        t.join()  # waits for this thread before starting the next: one at a time
    return results, time.perf_counter() - start


def start_all_then_join_all(count):
    results = []
    start = time.perf_counter()
    threads = [threading.Thread(target=task, args=(n, results)) for n in range(count)]
    for t in threads:
        t.start()  # all of them run at once...
    for t in threads:
        t.join()  # ...and this loop ends when the last one has finished
    return results, time.perf_counter() - start


if __name__ == "__main__":
    for way in (start_then_join_each, start_all_then_join_all):
        results, seconds = way(4)
        print(f"{way.__name__}: {len(results)} results in {seconds:.1f} s")
