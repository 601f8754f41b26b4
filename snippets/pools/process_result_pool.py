from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(x):
    return x * x  # a pool sends the return value back for you


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(square, 7)
        squares = list(executor.map(square, range(5)))
        print(f"ProcessPoolExecutor: submit -> {future.result()}, map -> {squares}")
    with Pool(2) as pool:
        result = pool.apply_async(square, (7,))
        print(f"Pool: apply_async -> {result.get()}, map -> {pool.map(square, range(5))}")
