import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

release = threading.Event()


def fetch(name):
    if name == "slow":
        release.wait(timeout=5)  # held back until the others have been received
    return name.upper()


if __name__ == "__main__":
    names = ["slow", "a", "b", "c"]  # "slow" is submitted first
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = {executor.submit(fetch, name): name for name in names}  # future -> input
        for count, future in enumerate(as_completed(futures), 1):  # in the order they finish
            print(f"{count}. {futures[future]!r} finished: {future.result()!r}")
            if count == len(names) - 1:
                release.set()  # now let the slow one finish
