import sys
from concurrent.futures import ThreadPoolExecutor

read = []  # the inputs map() has taken from the generator so far


def inputs():
    for n in range(10):
        read.append(n)
        yield n


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(square, inputs())
    print(f"map():             {len(read)} of 10 inputs read at once")
    results.close()

if sys.version_info < (3, 14):
    print(
        f"map(buffersize=...) needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
    )
    raise SystemExit

read.clear()
with ThreadPoolExecutor(max_workers=2) as executor:
    results = executor.map(square, inputs(), buffersize=2)  # at most 2 calls ahead
    print(f"map(buffersize=2): {len(read)} of 10 inputs read at once")
    first = next(results)
    print(f"after the first result ({first}): {len(read)} read")
    print(f"all results: {list(results)}")  # the remaining nine
