import threading


class Worker(threading.Thread):
    def run(self):  # what the new thread does; the default run() calls target
        print(f"run() executing in: {threading.current_thread().name}")


if __name__ == "__main__":
    w = Worker(name="worker")
    w.start()  # right: start() creates the thread, which then calls run()
    w.join()

    Worker(name="other").run()  # wrong: a plain method call, no new thread
