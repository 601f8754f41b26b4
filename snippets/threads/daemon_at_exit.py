import atexit
import threading
import time

daemon_started = threading.Event()
never = threading.Event()  # nobody ever sets it


def background():
    try:
        daemon_started.set()
        never.wait()  # runs "forever"
    finally:
        print("daemon: cleanup")  # never printed: daemons are stopped abruptly


def foreground():
    time.sleep(0.3)  # still working after the main thread's code has ended
    print("worker: finished, so now Python may exit")


@atexit.register
def at_exit():  # atexit handlers run after non-daemon threads are joined
    print(f"atexit: daemon still alive: {daemon.is_alive()}")


daemon = threading.Thread(target=background, daemon=True)
worker = threading.Thread(target=foreground)  # daemon=False by default
daemon.start()
worker.start()
daemon_started.wait()
print("main: end of the script")
