from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager

import numpy as np

rng = None  # each worker's own generator, made by seed_worker()


def seed_worker(seeds):
    global rng
    rng = np.random.default_rng(seeds.get())  # one child seed per worker, never shared


def roll(_):
    return rng.integers(1, 7, size=5).tolist()


if __name__ == "__main__":
    workers = 3
    with Manager() as manager:
        seeds = manager.Queue()
        for child in np.random.SeedSequence(2024).spawn(workers):  # independent streams
            seeds.put(child)
        with ProcessPoolExecutor(workers, initializer=seed_worker, initargs=(seeds,)) as pool:
            rolls = list(pool.map(roll, range(6)))
    for dice in rolls:
        print(dice)
    print("distinct rolls:", len({tuple(dice) for dice in rolls}), "of", len(rolls))
