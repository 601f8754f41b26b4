import os
import sys


def private_dirty_mb():
    """Memory this process has written to since it was forked: its own copies of pages."""
    with open("/proc/self/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Private_Dirty:"):
                return int(line.split()[1]) / 1024


if __name__ == "__main__":
    data = [str(i) for i in range(1_000_000)]
    print(f"parent: {len(data):,} strings, {sum(map(sys.getsizeof, data)) / 2**20:.0f} MB of objects")
    pid = os.fork()
    if pid == 0:  # the child only *reads* the strings...
        before = private_dirty_mb()
        longest = max(len(text) for text in data)
        grown = private_dirty_mb() - before  # ...yet pages were copied for it
        print(f"child: read them all (longest: {longest}); its private memory grew by {grown:.0f} MB")
        os._exit(0)
    os.waitpid(pid, 0)
