from multiprocessing import Pipe, Process


def shout(conn):
    while (message := conn.recv()) is not None:  # None: the parent has nothing more to say
        conn.send(message.upper())
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = Pipe()  # two connected ends; both can send and receive
    p = Process(target=shout, args=(child_end,))
    p.start()
    for word in ["hello", "pipe"]:
        parent_end.send(word)  # any picklable object
        print(f"sent {word!r}, received {parent_end.recv()!r}")
    parent_end.send(None)
    p.join()
    print(f"child exit code: {p.exitcode}")
