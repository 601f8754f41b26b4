from multiprocessing import Process


def square(x):
    print(f"child: returning {x * x}")
    return x * x  # returned to nobody: the child process just exits


if __name__ == "__main__":
    p = Process(target=square, args=(7,))
    p.start()
    print(f"join() returns {p.join()}")
    print(f"all the parent gets back: exitcode = {p.exitcode}")
    print(f"no result attribute: {[name for name in dir(p) if 'result' in name]}")
