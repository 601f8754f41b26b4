import threading
import time

event = threading.Event()


def client():
    print("client: wait server...")
    event.wait()
    print("client: connect to server")


def server():
    time.sleep(0.3)  # the notes slept 3 s
    print("server: start server successful")
    time.sleep(0.3)
    event.set()  # wakes the client thread


if __name__ == "__main__":
    threads = [threading.Thread(target=client), threading.Thread(target=server)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
