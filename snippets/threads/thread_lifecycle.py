import threading

go = threading.Event()


def work():
    go.wait()


if __name__ == "__main__":
    t = threading.Thread(target=work, name="worker")
    print(f"created:  alive={t.is_alive()}, ident={t.ident}")

    t.start()
    print(f"started:  alive={t.is_alive()}, ident is set: {t.ident is not None}")

    go.set()
    t.join()
    print(f"finished: alive={t.is_alive()}, ident kept: {t.ident is not None}")
