from multiprocessing import Pool


def divide(a, b):
    return a / b


def report(error):
    print(f"error_callback got {error!r}")


if __name__ == "__main__":
    pool = Pool(2)
    forgotten = pool.apply_async(divide, (1, 0))  # nobody ever asks for this result
    watched = pool.apply_async(divide, (2, 0), error_callback=report)
    checked = pool.apply_async(divide, (3, 0))
    pool.close()
    pool.join()  # all three tasks have failed by now
    try:
        checked.get()  # get() raises the task's exception here, in the parent
    except ZeroDivisionError as error:
        print(f"get() raised {error!r}")
    print(f"forgotten failed too, silently: successful() = {forgotten.successful()}")
