import threading

release = threading.Event()


def attempt(description, action):
    try:
        action()
    except RuntimeError as error:
        print(f"{description:28} RuntimeError: {error}")


if __name__ == "__main__":
    t = threading.Thread(target=release.wait)
    attempt("join() before start():", t.join)

    t.start()
    attempt("start() a second time:", t.start)

    def make_daemon():
        t.daemon = True

    attempt("set daemon after start():", make_daemon)
    attempt("join() the current thread:", threading.current_thread().join)

    release.set()
    t.join()
    attempt("start() a finished thread:", t.start)
