from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    return a / b


def report_failure(future):  # called in the parent as soon as the call is done
    if future.exception() is not None:
        print(f"callback: the task failed with {future.exception()!r}")


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as executor:
        executor.submit(divide, 1, 0)  # nobody keeps this Future: its exception is lost
    print("1. unchecked Future: the division by zero vanished, nothing was raised")

    with ProcessPoolExecutor(max_workers=1) as executor:
        future = executor.submit(divide, 1, 0)
        future.add_done_callback(report_failure)  # or call future.result() later
    print(f"2. checked Future: exception() = {future.exception()!r}")
