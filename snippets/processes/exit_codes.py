import sys
import time
from multiprocessing import Process


def exit_error():
    sys.exit(1)


def exit_ok():
    return


def return_value():
    return 1  # a return value is not an exit code


def raises():
    raise RuntimeError("There was an error!")


def terminated():
    for _ in range(20):  # ten seconds, unless someone stops us
        time.sleep(0.5)


if __name__ == "__main__":
    targets = [exit_error, exit_ok, return_value, raises, terminated]
    processes = [Process(target=f, name=f.__name__) for f in targets]
    for p in processes:
        p.start()
    processes[-1].terminate()  # the notes forgot this one: it would have run for its full time
    for p in processes:
        p.join()
    print("========")
    for p in processes:
        print(f"{p.name:>12}: exitcode {p.exitcode}")
