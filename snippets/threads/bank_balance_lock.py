import threading

balance = 0  # the bank balance
lock = threading.Lock()


def change_it(n):
    global balance
    balance = balance + n  # deposit...
    balance = balance - n  # ...and withdraw: the balance should stay 0


def run_thread(n):
    for _ in range(100_000):
        lock.acquire()  # take the lock first
        try:
            change_it(n)  # change it safely: no other thread holds the lock
        finally:
            lock.release()  # always release it, even if change_it() raises


if __name__ == "__main__":
    t1 = threading.Thread(target=run_thread, args=(5,))
    t2 = threading.Thread(target=run_thread, args=(8,))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"balance: {balance}")
