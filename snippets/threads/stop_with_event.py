import threading
import time

stop = threading.Event()


def heartbeat():
    try:
        while not stop.wait(0.05):  # True as soon as stop is set: no full-period delay
            pass  # one beat of periodic work
    finally:
        print("worker: stop requested, cleanup done")


if __name__ == "__main__":
    t = threading.Thread(target=heartbeat, name="heartbeat")
    t.start()
    time.sleep(0.3)  # the main program does its own work meanwhile

    stop.set()  # ask the thread to finish...
    t.join()  # ...and wait until it has
    print(f"main: worker alive: {t.is_alive()}, exiting")
