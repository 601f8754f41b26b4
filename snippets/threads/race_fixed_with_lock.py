import threading
import time

balance = 0
lock = threading.Lock()


def deposit(amount):
    global balance
    with lock:  # acquire(); ...; release(), even if an exception is raised
        current = balance
        time.sleep(0)  # other threads may run now, but none can enter this block
        balance = current + amount


def clerk(times):
    for _ in range(times):
        deposit(1)


if __name__ == "__main__":
    clerks = [threading.Thread(target=clerk, args=(1000,)) for _ in range(2)]
    for t in clerks:
        t.start()
    for t in clerks:
        t.join()
    print("expected balance: 2000")
    print(f"actual balance:   {balance}")
