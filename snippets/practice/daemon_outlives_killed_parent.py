import multiprocessing
import os
import signal


def daemon_child(stop, stopped):
    if stop.wait(timeout=10):  # set by the main program, after the parent is dead
        print("  daemon child: still running after its parent died")
    stopped.set()


def parent(how, stop, stopped):
    multiprocessing.Process(target=daemon_child, args=(stop, stopped), daemon=True).start()
    if how == "SIGKILL":
        os.kill(os.getpid(), signal.SIGKILL)  # killed: no exit code of its own runs
    os._exit(0)  # ends at once: no cleanup, so no terminating of daemon children


if __name__ == "__main__":
    for how in ("os._exit(0)", "SIGKILL"):
        stop, stopped = multiprocessing.Event(), multiprocessing.Event()
        p = multiprocessing.Process(target=parent, args=(how, stop, stopped))
        p.start()
        p.join()
        print(f"parent ended by {how}: exit code {p.exitcode}")
        stop.set()  # the orphaned daemon child is still there to answer
        stopped.wait(timeout=10)
