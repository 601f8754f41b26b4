import itertools
import threading

opened = itertools.count(1)


class Connection(threading.local):
    def __init__(self):  # runs once in each thread that uses the object
        self.number = next(opened)  # stands for "open a database connection"


conn = Connection()
used = {}  # request -> connection number
used_lock = threading.Lock()


def handle(*requests):
    for request in requests:
        with used_lock:
            used[request] = conn.number


if __name__ == "__main__":
    print(f"main thread uses connection {conn.number}")
    threads = [threading.Thread(target=handle, args=("a", "b")), threading.Thread(target=handle, args=("c",))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"requests a and b (same thread) share a connection: {used['a'] == used['b']}")
    print(f"request c (another thread) has its own: {used['c'] not in (used['a'], conn.number)}")
    print(f"connections opened: {next(opened) - 1}")  # one per thread
