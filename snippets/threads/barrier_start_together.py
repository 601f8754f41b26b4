import threading
import time

print_lock = threading.Lock()
passed = []


def all_ready():  # run once, by one thread, when the last one arrives
    print("barrier: all 3 are ready, go!")


barrier = threading.Barrier(3, action=all_ready)


def runner(name, setup_time):
    time.sleep(setup_time)  # each needs a different time to get ready
    with print_lock:
        print(f"{name}: ready")
    index = barrier.wait()  # blocks until 3 threads are waiting
    passed.append(index)


if __name__ == "__main__":
    threads = [
        threading.Thread(target=runner, args=(name, delay))
        for name, delay in (("ann", 0.1), ("bob", 0.0), ("cid", 0.2))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"wait() returned each index once: {sorted(passed)}")
