import threading
import time

balance = 0


def deposit(amount):
    global balance
    current = balance  # 1. read
    time.sleep(0)  # 2. any pause here (I/O, a call, a switch) lets another thread run
    balance = current + amount  # 3. write back, overwriting what others wrote meanwhile


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
