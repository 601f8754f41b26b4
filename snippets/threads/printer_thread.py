import queue
import threading

lines = queue.Queue()


def printer():
    while (line := lines.get()) is not None:  # None: nothing more to print
        print(line)  # the only thread that writes to stdout


def worker(name):
    for step in range(3):
        lines.put(f"{name}: step {step}")  # instead of print(): never interleaved


if __name__ == "__main__":
    output = threading.Thread(target=printer)
    output.start()
    workers = [threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(4)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    lines.put(None)  # after every worker's last line
    output.join()
