import signal
import threading
import time

handled_in = []


def handler(signum, frame):
    handled_in.append(threading.current_thread().name)


def install_from_a_thread():
    try:
        signal.signal(signal.SIGINT, handler)
    except ValueError as error:
        print(f"in {threading.current_thread().name}: ValueError: {error}")


if __name__ == "__main__":
    worker = threading.Thread(target=install_from_a_thread, name="worker")
    worker.start()
    worker.join()

    signal.signal(signal.SIGINT, handler)  # allowed: this is the main thread
    # raise_signal() in a thread: the signal is received by that thread...
    sender = threading.Thread(target=signal.raise_signal, args=(signal.SIGINT,), name="sender")
    sender.start()
    sender.join()
    for _ in range(100):  # ...and the handler runs in the main thread, between two bytecodes
        if handled_in:
            break
        time.sleep(0.01)
    print(f"SIGINT raised in thread 'sender', handled in {handled_in}")
