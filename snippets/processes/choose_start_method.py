import multiprocessing


def square(x):
    return x * x


def library_squares(numbers):
    # Library code asks for a context instead of changing the program's default.
    # A context has the API of the multiprocessing module, tied to one start method.
    ctx = multiprocessing.get_context("forkserver")  # POSIX only; "spawn" works everywhere
    with ctx.Pool(2) as pool:
        return ctx.get_start_method(), pool.map(square, numbers)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # the program's choice: once, in the main block
    print(f"default start method: {multiprocessing.get_start_method()}")
    try:
        multiprocessing.set_start_method("fork")
    except RuntimeError as error:
        print(f"set_start_method() again: RuntimeError: {error}")
    method, squares = library_squares(range(5))
    print(f"the library's pool used {method}: {squares}")
    print(f"the default is still {multiprocessing.get_start_method()}")
