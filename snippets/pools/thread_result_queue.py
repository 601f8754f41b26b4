import queue
import threading


def square(x, results):
    results.put((x, x * x))  # a return value would be lost: send it instead


if __name__ == "__main__":
    results = queue.Queue()  # thread-safe: many threads may put() at once
    threads = [threading.Thread(target=square, args=(x, results)) for x in range(4)]
    for t in threads:
        t.start()
    print(f"join() returns {threads[0].join()}")  # never the target's return value
    for t in threads[1:]:
        t.join()
    answers = dict(results.get() for _ in threads)  # (input, result) pairs, in any order
    print(f"results: {dict(sorted(answers.items()))}")
