import multiprocessing as mp

import numpy as np

np.random.seed(42)  # "reproducible runs": NumPy's legacy global generator, seeded at import


def roll(results):
    results.put(np.random.randint(1, 7, size=5).tolist())


if __name__ == "__main__":
    results = mp.Queue()
    children = [mp.Process(target=roll, args=(results,)) for _ in range(3)]
    for child in children:
        child.start()
    rolls = [results.get() for _ in children]
    for child in children:
        child.join()
    for number, dice in enumerate(rolls, 1):
        print(f"child {number} rolled {dice}")
    print("distinct rolls:", len({tuple(dice) for dice in rolls}), "of", len(rolls))
