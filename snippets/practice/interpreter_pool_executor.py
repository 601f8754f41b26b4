import sys
from collections import Counter

try:
    from concurrent.futures import InterpreterPoolExecutor  # new in Python 3.14
except ImportError:
    InterpreterPoolExecutor = None

calls = 0  # a global: each interpreter has its own copy


def square(n):
    global calls
    calls += 1
    from concurrent import interpreters

    return interpreters.get_current().id, calls, n * n


def make_scaler(factor):
    return lambda n: n * factor  # a closure: it cannot go to another interpreter


if __name__ == "__main__":
    if InterpreterPoolExecutor is None:
        print(
            f"InterpreterPoolExecutor needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    from concurrent import interpreters

    with InterpreterPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(square, range(6)))
        print(f"squares: {[square for _, _, square in results]}")
        ran = Counter(interp for interp, _, _ in results)
        for interp, count in sorted(ran.items()):
            last = max(calls for i, calls, _ in results if i == interp)
            print(f"interpreter {interp}: ran {count} of the 6 calls, its own `calls` is {last}")
        print(f"`calls` in the main interpreter: {calls}")
        try:
            executor.submit(make_scaler(3), 2).result()
        except interpreters.NotShareableError as error:
            print(f"a closure: {type(error).__name__}")
