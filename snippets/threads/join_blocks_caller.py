import threading

main_moved_on = threading.Event()


def slow():
    main_moved_on.wait()  # finish only after the main thread has shown it is free
    print("slow: finished")


def waiter(other):
    other.join()  # blocks *this* thread, the one that called join()
    print("waiter: join() returned, so slow has finished")


if __name__ == "__main__":
    slow_thread = threading.Thread(target=slow, name="slow")
    waiter_thread = threading.Thread(target=waiter, args=(slow_thread,), name="waiter")
    slow_thread.start()
    waiter_thread.start()  # the waiter now sits in slow_thread.join()

    print("main: the waiter is blocked in join(), but I am not")
    main_moved_on.set()

    waiter_thread.join()
    print("main: waiter has finished too")
