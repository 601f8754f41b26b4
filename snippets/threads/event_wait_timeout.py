import threading
import time

event = threading.Event()
print_lock = threading.Lock()  # five threads print: one line at a time


def say(text):
    with print_lock:
        print(f"{threading.current_thread().name}: {text}")


def client():
    while not event.is_set():
        say("wait server...")
        event.wait(0.2)  # give up after 0.2 s, then loop and report again
    say("connect to server")


if __name__ == "__main__":
    clients = [threading.Thread(target=client, name=f"client-{i}") for i in range(5)]
    for t in clients:
        t.start()  # five threads wait at the same time

    time.sleep(0.5)  # the notes: 10 s
    say("start server successful")
    event.set()  # all five wake up; event.clear() would reset the flag
    for t in clients:
        t.join()
