import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def give_up(code):
    sys.exit(code)  # raises SystemExit in the worker


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(give_up, 3)
        try:
            future.result()
        except SystemExit as error:  # re-raised here: uncaught, it would end this program
            print(f"ProcessPoolExecutor: result() raises SystemExit({error.code})")
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(give_up, (3,))
        try:
            result.get(timeout=0.5)
        except multiprocessing.TimeoutError:  # the worker exited, and the result with it
            print("Pool: no result after 0.5 s, and none will come (get() would wait forever)")
