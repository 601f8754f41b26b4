import multiprocessing
import os
import signal
import time


def ignore_sigint(ready):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's business
    ready.release()


def slow_square(x):
    time.sleep(0.5)
    return x * x


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # see "Ctrl+C does nothing at all?"
    ready = multiprocessing.Semaphore(0)
    pool = multiprocessing.Pool(2, initializer=ignore_sigint, initargs=(ready,))
    for _ in range(2):
        ready.acquire(timeout=10)  # both workers ignore SIGINT from now on
    try:
        result = pool.map_async(slow_square, range(20))  # 5 s of work for 2 workers
        # Ctrl+C in a terminal sends SIGINT to the parent AND to every worker:
        for child in [*multiprocessing.active_children(), multiprocessing.current_process()]:
            os.kill(child.pid, signal.SIGINT)
        print(f"results: {result.get(timeout=10)}")
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt, terminating the pool")
        pool.terminate()  # kills the workers in the middle of their tasks
    else:
        pool.close()
    pool.join()
    print(f"pool stopped; workers alive: {len(multiprocessing.active_children())}")
