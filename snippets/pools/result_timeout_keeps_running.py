import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

started = threading.Event()


def slow_square(x):
    started.set()
    time.sleep(0.5)
    print("slow_square: finished all the same")
    return x * x


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(slow_square, 7)
        started.wait()
        try:
            future.result(timeout=0.1)  # stop *waiting* after 0.1 s
        except TimeoutError:
            print("result(timeout=0.1) raised TimeoutError")
        print(f"cancel() -> {future.cancel()}: the call is running, nothing can stop it")
        print(f"result() -> {future.result()}")  # wait again, with no timeout
