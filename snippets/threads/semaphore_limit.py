import threading
import time

slots = threading.Semaphore(2)  # at most two threads inside at a time
count_lock = threading.Lock()
inside = 0
most_inside = 0


def download(n):
    global inside, most_inside
    with slots:  # acquire() decrements the counter; it blocks at 0
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        time.sleep(0.1)  # the "download"
        with count_lock:
            inside -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=download, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"6 downloads done, at most {most_inside} at the same time")
