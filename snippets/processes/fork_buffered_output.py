import os
import sys

# When stdout is a file or a pipe, print() collects text in a buffer and writes it
# later. This site runs examples unbuffered (python -u), so we open a buffered
# stdout of our own, exactly like the one you get with `python script.py > out.txt`.
out = open(sys.stdout.fileno(), "w", buffering=8192, closefd=False)


def fork_and_exit(flush_first):
    print(f"written once, before fork() (flush first: {flush_first})", file=out)
    if flush_first:
        out.flush()  # the fix: empty the buffer before forking
    pid = os.fork()  # the child gets a copy of the buffer, unwritten text included
    if pid == 0:
        out.flush()  # the child writes its copy of the buffer...
        os._exit(0)
    os.waitpid(pid, 0)
    out.flush()  # ...and the parent writes the same text again


fork_and_exit(flush_first=False)
fork_and_exit(flush_first=True)
