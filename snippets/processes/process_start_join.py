import os
from multiprocessing import Process


def run(name):
    print(f"child process {name!r} runs with pid {os.getpid()}, parent {os.getppid()}")


if __name__ == "__main__":
    print(f"parent process has pid {os.getpid()}")
    p = Process(target=run, args=("test",))
    print("starting the child process...")
    p.start()
    p.join()
    print(f"the child process has ended, exit code {p.exitcode}")
