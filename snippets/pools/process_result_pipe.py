from multiprocessing import Pipe, Process


def square(x, conn):
    conn.send(x * x)  # one result, straight to the other end
    conn.close()


if __name__ == "__main__":
    receive_end, send_end = Pipe(duplex=False)  # one way: child -> parent
    p = Process(target=square, args=(7, send_end))
    p.start()
    send_end.close()  # the parent keeps only its end
    print(f"received: {receive_end.recv()}")
    p.join()
    print(f"exit code: {p.exitcode}")
