import threading
import time

items = []
condition = threading.Condition()  # a lock plus a way to wait for a change


def consumer():
    for _ in range(3):
        with condition:
            condition.wait_for(lambda: items)  # releases the lock while waiting
            item = items.pop(0)
            print(f"consumer: got {item}")


def producer():
    for item in ("apple", "bread", "cheese"):
        with condition:
            items.append(item)
            print(f"producer: put {item}")
            condition.notify()  # wake one waiting thread
        time.sleep(0.05)  # producing the next item takes a while


if __name__ == "__main__":
    threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
