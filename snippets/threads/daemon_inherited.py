import threading


def report():
    me = threading.current_thread()
    print(f"{me.name}: daemon={me.daemon}")


def spawn_child():
    report()
    child = threading.Thread(target=report, name="child-of-daemon")
    child.start()  # created by a daemon thread, so a daemon too
    child.join()


if __name__ == "__main__":
    report()  # the main thread is never a daemon
    for t in (
        threading.Thread(target=report, name="default"),
        threading.Thread(target=spawn_child, name="daemon", daemon=True),
    ):
        t.start()
        t.join()
