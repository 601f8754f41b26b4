import _thread
import signal
import threading
import time

joining = threading.Event()


def worker():
    joining.wait(timeout=5)
    time.sleep(0.2)  # the main thread is now blocked in join()
    print("worker: calling _thread.interrupt_main()")
    _thread.interrupt_main()  # marks SIGINT as received: no real signal is sent
    time.sleep(0.5)  # the main thread stays blocked in join() all this time
    print("worker: done")


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)  # see "Ctrl+C does nothing at all?"
    t = threading.Thread(target=worker)
    t.start()
    try:
        joining.set()
        t.join()  # a real Ctrl+C would interrupt this wait at once
        print("main: join() returned")
    except KeyboardInterrupt:
        print("main: KeyboardInterrupt, only once join() had returned")
