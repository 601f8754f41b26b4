import time
from multiprocessing import Pool


def square(x):
    time.sleep(0.1 * (4 - x))  # the later inputs finish first
    return x * x


if __name__ == "__main__":
    with Pool(5) as pool:  # map() waits for every result, so `with` is safe here
        print(f"map:            {pool.map(square, range(5))}")
        print(f"imap:           {list(pool.imap(square, range(5)))}")
        print(f"imap_unordered: {list(pool.imap_unordered(square, range(5)))}")
