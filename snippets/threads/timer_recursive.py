import gc
import threading
import time

INTERVAL = 0.1
timer = None
ticks = []
done = threading.Event()


def time_handler():
    global timer
    ticks.append((time.monotonic() - start, threading.current_thread().name))
    time.sleep(0.05)  # the callback's own work
    if len(ticks) == 5:
        done.set()
        return
    timer = threading.Timer(INTERVAL, time_handler)  # a new Timer, a new thread
    timer.start()


if __name__ == "__main__":
    start = time.monotonic()
    time_handler()  # call it once to start the chain (the notes never did)
    done.wait()
    timer.join()
    for n, (at, name) in enumerate(ticks):
        print(f"tick {n}: at {at:.2f} s (ideal {n * INTERVAL:.2f} s) in {name}")
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    for t in others:  # a tick thread may still be returning: give it a moment to end
        t.join(timeout=1)
    left = [t.name for t in others if t.is_alive()]
    print(f"timer threads still alive: {', '.join(left) or 'none left'}")
    gc.collect()
    timers = sum(isinstance(obj, threading.Timer) for obj in gc.get_objects())
    print(f"Timer objects still in memory: {timers} (the one `timer` names)")
