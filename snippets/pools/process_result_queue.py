from multiprocessing import Process, Queue


def square(x, results):
    results.put((x, x * x))  # pickled and sent to the parent


if __name__ == "__main__":
    results = Queue()
    processes = [Process(target=square, args=(x, results)) for x in range(4)]
    for p in processes:
        p.start()
    # Take the results *before* join(): a child that still has data in a queue
    # does not exit until someone reads it (see "Joining processes that use queues").
    answers = dict(results.get() for _ in processes)
    for p in processes:
        p.join()
    print(f"results: {dict(sorted(answers.items()))}")
    print(f"exit codes: {[p.exitcode for p in processes]}")
