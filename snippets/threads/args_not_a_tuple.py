import threading


def work(item):
    print(f"working on {item!r}")


if __name__ == "__main__":
    for args in [(5), ("abc"), (5,), ("abc",)]:  # the first two are not tuples
        print(f"args={args!r}:")
        t = threading.Thread(target=work, args=args)  # accepted here...
        t.start()  # ...and fails in the new thread, which calls work(*args)
        t.join()
