import multiprocessing

if __name__ == "__main__":
    print(f"nothing used yet, start method: {multiprocessing.get_start_method(allow_none=True)}")
    queue = multiprocessing.Queue()  # anything that needs a start method fixes the default
    print(f"after Queue(), start method: {multiprocessing.get_start_method(allow_none=True)}")
    try:
        multiprocessing.set_start_method("spawn")  # the program's first call, but too late
    except RuntimeError as error:
        print(f"set_start_method('spawn'): RuntimeError: {error}")
