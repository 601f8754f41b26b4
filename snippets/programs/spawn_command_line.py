import multiprocessing as mp
import shlex
import sys


def show_command_line():
    with open("/proc/self/cmdline", "rb") as cmdline:  # Linux: how this process was started
        args = cmdline.read().decode().split("\0")[:-1]
    args[0] = "python" if args[0] == sys.executable else args[0]
    print("the spawned child was started as:", shlex.join(args))


if __name__ == "__main__":
    mp.freeze_support()  # does nothing here: this program is not frozen
    child = mp.get_context("spawn").Process(target=show_command_line)
    child.start()
    child.join()
    print("is this program frozen?", getattr(sys, "frozen", False))
