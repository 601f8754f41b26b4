import os
import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory


def other_program(name, track):
    """Another program that attaches to the block, reads it, closes it and exits."""
    block = SharedMemory(name=name) if track else SharedMemory(name=name, track=False)
    print(f"  other program (track={track}): read {bytes(block.buf[:5])}, closed")
    block.close()


if __name__ == "__main__":
    if len(sys.argv) == 3:  # started below, as an unrelated program would be
        other_program(sys.argv[1], sys.argv[2] == "True")
        sys.exit()
    for track in (True, False):
        if not track and sys.version_info < (3, 13):
            print("track=False: new in Python 3.13, not available here")
            continue
        block = SharedMemory(f"demo_{os.getpid()}_{int(track)}", create=True, size=16)
        block.buf[:5] = b"hello"
        other = subprocess.run(  # capture_output: returns when its resource tracker is done too
            [sys.executable, __file__, block.name, str(track)], capture_output=True, text=True
        )
        print(other.stdout, end="")
        if "leaked shared_memory" in other.stderr:
            print("  its resource tracker warned of a leak and unlinked the block")
        block.close()
        try:
            block.unlink()
            print("  the creator's unlink(): done, the block was still there")
        except FileNotFoundError:  # and this process's own tracker will warn at exit
            print("  the creator's unlink(): FileNotFoundError, the block was gone")
