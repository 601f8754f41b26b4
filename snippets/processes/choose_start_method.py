import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    # 1. For the whole program: once, at the start of the main block.
    multiprocessing.set_start_method("spawn")
    print(f"default start method: {multiprocessing.get_start_method()}")
    try:
        multiprocessing.set_start_method("forkserver")
    except RuntimeError as error:
        print(f"set_start_method() again: RuntimeError: {error}")

    # 2. For some objects only: a context has the API of the multiprocessing
    #    module, tied to one start method. "forkserver" and "fork": POSIX only.
    ctx = multiprocessing.get_context("forkserver")
    with ctx.Pool(2) as pool:
        print(f"a pool from the {ctx.get_start_method()} context: {pool.map(square, range(5))}")
    print(f"the default is still {multiprocessing.get_start_method()}")
