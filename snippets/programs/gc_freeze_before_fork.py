import gc
import os


def private_dirty_mb():
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) / 1024


def child_collects(label):
    pid = os.fork()
    if pid == 0:  # the child reads nothing: it only runs a full garbage collection
        before = private_dirty_mb()
        gc.collect()
        print(f"{label}: gc.collect() in the child copied {private_dirty_mb() - before:.0f} MB")
        os._exit(0)
    os.waitpid(pid, 0)


if __name__ == "__main__":
    gc.disable()  # no collection in the parent from here on: its heap stays as it is
    records = [[i] for i in range(500_000)]  # lists: the collector tracks every one
    child_collects("without gc.freeze()")
    gc.freeze()  # move every tracked object to the permanent generation: collections skip them
    child_collects("after gc.freeze()  ")
    print(f"objects frozen: {gc.get_freeze_count():,}")
