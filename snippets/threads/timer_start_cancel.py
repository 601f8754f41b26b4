import threading


def timer_handler(greeting, name):
    print(f"{greeting}, {name}!")


if __name__ == "__main__":
    # interval in seconds (the notes: 5), callback, and the callback's arguments
    timer = threading.Timer(0.3, timer_handler, args=["hello", "timer"])
    timer.start()  # without start() nothing ever happens
    timer.join()  # a Timer is a Thread: wait for it to fire and finish

    cancelled = threading.Timer(0.3, timer_handler, args=["never", "printed"])
    cancelled.start()
    cancelled.cancel()  # stops it while it is still waiting
    cancelled.join()
    print(f"cancelled timer: alive={cancelled.is_alive()}, its function never ran")
