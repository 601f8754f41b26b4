import threading


def parse(text):
    print(f"parsing {text!r}")
    int(text)  # raises ValueError: nobody in this thread catches it


if __name__ == "__main__":
    t = threading.Thread(target=parse, args=("forty-two",), name="parser")
    t.start()
    t.join()  # returns normally: the exception does not reach the joining thread
    print(f"main: join() returned, parser alive: {t.is_alive()}")

    def report(args):  # replaces the default hook, which prints a traceback
        print(f"hook: {args.exc_type.__name__} in {args.thread.name}: {args.exc_value}")

    threading.excepthook = report
    t = threading.Thread(target=parse, args=("seven",), name="parser-2")
    t.start()
    t.join()
