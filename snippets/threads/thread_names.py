import threading


def report():
    print(f"  running in {threading.current_thread().name}")


if __name__ == "__main__":
    print(f"the main program runs in {threading.current_thread().name}")

    unnamed = threading.Thread(target=report)
    named = threading.Thread(target=report, name="LoopThread")
    print(f"default name: {unnamed.name!r}")
    print(f"given name:   {named.name!r}")

    for t in (unnamed, named):
        t.start()
        t.join()

    named.name = "renamed"  # a name is just a label: it can change any time
    print(f"after renaming: {named.name!r}")
