from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(f"map: {list(executor.map(square, range(5)))}")
        future = executor.submit(divide, 1, 0)  # a Future: the result, once there is one
        try:
            future.result()  # returns the value, or raises the task's exception
        except ZeroDivisionError as error:
            print(f"result() raised {error!r}")
        last = executor.submit(square, 7)
    # Unlike Pool, leaving the block waits for submitted tasks (shutdown(wait=True)).
    print(f"after the block: done={last.done()}, result={last.result()}")
