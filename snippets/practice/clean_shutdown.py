import os
import signal
import threading

stop = threading.Event()
units_done = {}


def worker(name):
    units = 0
    while not stop.is_set():
        units += 1  # one unit of work...
        stop.wait(0.1)  # ...then a pause that a stop request cuts short
    units_done[name] = units  # finish cleanly: save, close files, etc.


def request_stop(signum, frame):
    print(f"main: got {signal.Signals(signum).name}, asking the workers to stop")
    stop.set()


if __name__ == "__main__":
    signal.signal(signal.SIGINT, request_stop)  # Ctrl+C
    signal.signal(signal.SIGTERM, request_stop)  # kill <pid>, or a service manager stopping us
    workers = [threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(2)]
    for t in workers:
        t.start()
    threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()  # Ctrl+C in 0.5 s
    while any(t.is_alive() for t in workers):
        for t in workers:
            t.join(timeout=0.1)  # short waits: the main thread stays free to run handlers
    for name, units in sorted(units_done.items()):
        print(f"{name} stopped cleanly after {units} units of work")
    print("main: every worker has stopped, exiting with code 0")
