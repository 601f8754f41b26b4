import io
import logging
import re
import threading
from collections import Counter

log = logging.getLogger("app")


def work(n):
    for i in range(1, n + 1):
        log.info("message %d of %d, one whole line", i, n)


if __name__ == "__main__":
    captured = io.StringIO()  # stands for a file or the console
    handler = logging.StreamHandler(captured)  # ONE handler for all the threads
    handler.setFormatter(logging.Formatter("%(threadName)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    threads = [threading.Thread(target=work, args=(500,), name=f"T{i}") for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lines = captured.getvalue().splitlines()
    whole = [line for line in lines if re.fullmatch(r"T\d: message \d+ of 500, one whole line", line)]
    print(f"{len(lines)} lines written, {len(whole)} of them whole")
    print(f"lines per thread: {dict(sorted(Counter(line[:2] for line in lines).items()))}")
