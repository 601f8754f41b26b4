import threading
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, ThreadPoolExecutor, wait


def task(name, gate=None):
    if gate:
        gate.wait(timeout=5)  # held back until the main thread opens the gate
    if name == "fail":
        raise ValueError(name)
    return name


def show(label, futures, done, not_done):
    done, not_done = sorted(futures[f] for f in done), sorted(futures[f] for f in not_done)
    print(f"{label}: done={done}, not done={not_done}")


if __name__ == "__main__":
    gate1, gate2 = threading.Event(), threading.Event()
    with ThreadPoolExecutor(max_workers=6) as executor:
        futures = {executor.submit(task, "fast"): "fast"}
        futures |= {executor.submit(task, n, gate1): n for n in ["slow 1", "slow 2"]}
        show("FIRST_COMPLETED", futures, *wait(futures, return_when=FIRST_COMPLETED))
        gate1.set()

        futures = {executor.submit(task, "fail"): "fail"}
        futures |= {executor.submit(task, n, gate2): n for n in ["slow 3", "slow 4"]}
        show("FIRST_EXCEPTION", futures, *wait(futures, return_when=FIRST_EXCEPTION))
        gate2.set()
        show("ALL_COMPLETED  ", futures, *wait(futures))  # the default: wait for all
