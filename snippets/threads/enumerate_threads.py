import threading

release = threading.Event()


def worker():
    release.wait()


if __name__ == "__main__":
    workers = [threading.Thread(target=worker, name=f"worker-{i}") for i in range(3)]
    for t in workers:
        t.start()

    me = threading.current_thread()
    print(f"current_thread(): {me.name}, main_thread() is it: {me is threading.main_thread()}")
    print(f"active_count(): {threading.active_count()}")
    print(f"enumerate(): {sorted(t.name for t in threading.enumerate())}")

    release.set()
    for t in workers:
        t.join()
    print(f"after join: {[t.name for t in threading.enumerate()]}")

    # Two numbers identify a running thread: Python's ident and the OS thread id.
    print(f"me.ident == get_ident(): {me.ident == threading.get_ident()}")
    print(f"me.native_id == get_native_id(): {me.native_id == threading.get_native_id()}")
