import os
import signal
import threading
import time


def press_ctrl_c():
    os.kill(os.getpid(), signal.SIGINT)


def stubborn_worker():
    press_ctrl_c()  # the first Ctrl+C ends the main thread only
    threading.main_thread().join(timeout=5)  # wait until the main thread has ended
    print("worker: the main thread is gone and Python waits for me; Ctrl+C again")
    for _ in range(10):  # 3 s of work, and an impatient user who presses Ctrl+C
        press_ctrl_c()  # the next press interrupts Python's wait for this thread
        time.sleep(0.3)
    print("worker: never printed, the process is gone")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # see "Ctrl+C does nothing at all?"
    try:
        worker = threading.Thread(target=stubborn_worker)
        worker.start()
        worker.join()
    except KeyboardInterrupt:
        print("main: KeyboardInterrupt; the main thread ends here")
