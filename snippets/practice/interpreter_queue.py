import sys
import threading

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None

if __name__ == "__main__":
    if interpreters is None:
        print(
            f"concurrent.interpreters needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    examples = [None, True, 42, 1.5, "text", b"bytes", (1, "a"), [1, 2], {"a": 1}, threading.Lock()]
    print("shareable:    ", ", ".join(repr(o) for o in examples if interpreters.is_shareable(o)))
    print("not shareable:", ", ".join(type(o).__name__ for o in examples if not interpreters.is_shareable(o)))

    interp = interpreters.create()
    queue = interpreters.create_queue()  # a queue is shareable itself
    interp.prepare_main(queue=queue)
    numbers = [1, 2, 3]
    queue.put(numbers)  # a list is not shareable: it is pickled, the other side gets a copy
    interp.exec("received = queue.get(); received.append(4); queue.put(sum(received))")
    print(f"sum computed in interpreter {interp.id}: {queue.get()}; the list here is still {numbers}")
    try:
        queue.put(threading.Lock())  # neither shareable nor picklable
    except interpreters.NotShareableError as error:
        print(f"put(Lock()): {type(error).__name__}: {error}")
    interp.close()
