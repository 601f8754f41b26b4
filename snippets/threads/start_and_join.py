import threading
import time


def loop():
    name = threading.current_thread().name
    print(f"thread {name} is running...")
    for n in range(1, 6):
        print(f"thread {name} >>> {n}")
        time.sleep(0.1)  # the notes slept 1 s; 0.1 s shows the same thing
    print(f"thread {name} ended.")


if __name__ == "__main__":
    print(f"thread {threading.current_thread().name} is running...")
    t = threading.Thread(target=loop, name="LoopThread")
    t.start()  # loop() now runs in the new thread
    t.join()  # the main thread waits here until loop() returns
    print(f"thread {threading.current_thread().name} ended.")
