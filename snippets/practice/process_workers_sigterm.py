import multiprocessing
import os
import signal

received = []


def worker(n, stop, ready, printing):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches workers too: the parent decides
    ready.release()
    while not stop.wait(0.05):  # one unit of work at a time, until the parent says stop
        pass
    with printing:  # the two workers stop at the same moment: one line at a time
        print(f"worker {n}: stop requested, finished cleanly", flush=True)


def request_stop(signum, frame):
    received.append(signal.Signals(signum).name)
    STOP.set()  # the handler only sets the event


if __name__ == "__main__":
    STOP, ready, printing = multiprocessing.Event(), multiprocessing.Semaphore(0), multiprocessing.Lock()
    workers = [multiprocessing.Process(target=worker, args=(n, STOP, ready, printing)) for n in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        ready.acquire()  # both run, and ignore SIGINT
    signal.signal(signal.SIGINT, request_stop)  # after start(): fork children do not inherit it
    signal.signal(signal.SIGTERM, request_stop)
    os.kill(os.getpid(), signal.SIGTERM)  # what `kill <parent pid>` sends: to the parent only
    for w in workers:
        w.join()
    print(f"parent: got {received}, set the stop event")
    print(f"exit codes: {[w.exitcode for w in workers]} (-15 if SIGTERM had reached the workers)")
