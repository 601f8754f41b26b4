import threading
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x, threading.current_thread().name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)  # starts at once in a worker thread
        value, thread = future.result()  # waits, then gives back what square() returned
        print(f"square(7) = {value}, computed in a worker thread: {thread != 'MainThread'}")
        values = [value for value, _ in executor.map(square, range(5))]
        print(f"map: {values}")  # in input order
