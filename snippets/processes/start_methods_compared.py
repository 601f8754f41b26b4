import multiprocessing
import os

greeting = "set at import time"


def report(method, main_pid):
    parent = "the main process" if os.getppid() == main_pid else "another process (the fork server)"
    print(f"{method:>10}: greeting = {greeting!r}; my parent is {parent}")


if __name__ == "__main__":
    greeting = "changed in the main block"  # after import, before any process starts
    offered = multiprocessing.get_all_start_methods()  # the default first: it varies
    for method in [m for m in ("fork", "spawn", "forkserver") if m in offered]:
        ctx = multiprocessing.get_context(method)
        p = ctx.Process(target=report, args=(method, os.getpid()))
        p.start()
        p.join()
