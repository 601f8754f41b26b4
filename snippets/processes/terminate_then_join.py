import multiprocessing
import time


def slow_worker(started):
    print("Starting worker")
    started.set()
    for _ in range(20):  # ten seconds of work, far longer than we will wait
        time.sleep(0.5)
    print("Finished worker")  # never printed: the worker is terminated first


if __name__ == "__main__":
    started = multiprocessing.Event()
    p = multiprocessing.Process(target=slow_worker, args=(started,))
    print("BEFORE:", p, p.is_alive())
    p.start()
    started.wait()  # make sure it really runs before we stop it
    print("DURING:", p, p.is_alive())
    p.terminate()  # sends SIGTERM (on Windows: TerminateProcess) and returns at once
    print("TERMINATED:", p, p.is_alive())  # may still be alive for a moment
    p.join()  # wait until it is really gone, and collect its exit code
    print("JOINED:", p, p.is_alive())
    print("exit code:", p.exitcode)
