import socket
import threading
import time


def reader(sock):
    data = sock.recv(1024)  # blocks: no stop flag is looked at in here
    print(f"reader: recv() returned {data!r}, returning")


def reader_with_timeout(sock, stop):
    sock.settimeout(0.2)  # recv() gives up after 0.2 s without data...
    while True:
        try:
            data = sock.recv(1024)
        except TimeoutError:  # ...and the loop looks at the stop flag
            if stop.is_set():
                print("timed reader: stop flag seen, returning")
                return
            continue
        print(f"timed reader: got {data!r}")


if __name__ == "__main__":
    mine, peer = socket.socketpair()  # a connected pair: stands for a network connection
    t = threading.Thread(target=reader, args=(mine,))
    t.start()
    time.sleep(0.2)  # the reader is now blocked in recv(), waiting for a peer that is silent
    mine.shutdown(socket.SHUT_RDWR)  # from another thread: wakes the blocked recv()
    t.join()
    mine.close()
    peer.close()

    mine, peer = socket.socketpair()
    stop = threading.Event()
    t = threading.Thread(target=reader_with_timeout, args=(mine, stop))
    t.start()
    peer.sendall(b"hello")
    time.sleep(0.3)
    stop.set()  # seen within 0.2 s, at the next timeout
    t.join()
    mine.close()
    peer.close()
