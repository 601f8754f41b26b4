import threading


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def deposit_twice(self, amount):
        with self.lock:  # holds the lock, then deposit() takes it again
            self.deposit(amount)
            self.deposit(amount)


if __name__ == "__main__":
    account = Account()
    t = threading.Thread(target=account.deposit_twice, args=(50,))
    t.start()
    t.join()
    print(f"with an RLock: balance = {account.balance}")

    # The same thread asks twice for the lock it already holds:
    for name, lock in (("RLock", threading.RLock()), ("Lock", threading.Lock())):
        with lock:
            again = lock.acquire(timeout=0.2)  # without a timeout, Lock would hang forever
            print(f"{name:5}: acquired it again: {again}")
            if again:
                lock.release()
