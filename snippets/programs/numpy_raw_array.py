from multiprocessing import Pool, RawArray

import numpy as np

array = None  # each worker's NumPy view of the shared buffer, set by share()


def share(raw):
    global array
    array = np.frombuffer(raw, dtype=np.float64)  # a view of the shared memory, not a copy


def square(index):
    array[index] = array[index] ** 2
    return array.flags.owndata


if __name__ == "__main__":
    raw = RawArray("d", 8)  # 8 doubles in shared memory, zeroed; no lock (nothing shared per index)
    share(raw)
    array[:] = np.arange(8)
    with Pool(2, initializer=share, initargs=(raw,)) as pool:  # inherited at start: allowed
        owns = pool.map(square, range(8))
    print("did a worker's array own (copy) its data?", any(owns))
    print("the parent's array:", array.tolist())
