import threading
import time

event = threading.Event()  # starts "not set" (False)


def client():
    print("client: wait server...")
    event.wait()  # blocks until the flag is set; event.wait(2) would give up after 2 s
    print("client: connect to server")


if __name__ == "__main__":
    t = threading.Thread(target=client)
    t.start()

    time.sleep(0.3)  # the server takes a while to start (the notes: 3 s)
    print("main: start server successful")
    time.sleep(0.3)
    event.set()  # flag = True: the waiting client wakes up
    t.join()
