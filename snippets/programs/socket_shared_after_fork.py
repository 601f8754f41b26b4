import multiprocessing as mp
import socket


def server(sock):  # answers each request line, in the order the requests arrive
    with sock, sock.makefile("rw") as stream:
        for line in stream:
            stream.write(f"answer to {line.strip()}\n")
            stream.flush()


def ask(sock, question):
    sock.sendall(f"{question}\n".encode())


if __name__ == "__main__":
    fork = mp.get_context("fork")  # the child inherits the parent's open socket
    client, server_end = socket.socketpair()  # think: a database or HTTP connection
    fork.Process(target=server, args=(server_end,), daemon=True).start()
    child = fork.Process(target=ask, args=(client, "the child's question"))
    child.start()
    child.join()  # the child asked on the shared connection, and exited without reading
    ask(client, "the parent's question")
    with client.makefile() as replies:
        print("the parent asked its question and received:", replies.readline().strip())
