from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)  # the line that fails, in the worker process


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(parse, "forty-two")
        print(future.result())  # re-raises the worker's exception, uncaught here
