import os
import signal
import threading
import time


def press_ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)


def stubborn_worker():
    press_ctrl_c()  # the first Ctrl+C ends the main thread only
    while threading.main_thread().is_alive():
        time.sleep(0.05)
    print("worker: the main thread is gone and Python waits for me; Ctrl+C again")
    press_ctrl_c()  # the second one interrupts that wait
    for _ in range(6):  # 3 s of work that the process will not wait for
        time.sleep(0.5)
    print("worker: never printed, the process is gone")


if __name__ == "__main__":
    try:
        worker = threading.Thread(target=stubborn_worker)
        worker.start()
        worker.join()
    except KeyboardInterrupt:
        print("main: KeyboardInterrupt; the main thread ends here")
