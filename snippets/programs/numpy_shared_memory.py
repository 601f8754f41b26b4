from concurrent.futures import ProcessPoolExecutor
from multiprocessing.shared_memory import SharedMemory

import numpy as np

SHAPE, DTYPE = (4, 1_000_000), np.float64  # 32 MB: too big to pickle to every task


def fill_row(name, row):
    block = SharedMemory(name=name)  # attach by name: no copy of the data
    array = np.ndarray(SHAPE, dtype=DTYPE, buffer=block.buf)
    array[row] = row + 1  # written straight into the shared block
    owns = array.flags.owndata
    del array  # drop the view before closing the block
    block.close()
    return owns


if __name__ == "__main__":
    block = SharedMemory(create=True, size=np.prod(SHAPE) * np.dtype(DTYPE).itemsize)
    array = np.ndarray(SHAPE, dtype=DTYPE, buffer=block.buf)
    array[:] = 0
    with ProcessPoolExecutor(max_workers=2) as pool:
        owns = list(pool.map(fill_row, [block.name] * SHAPE[0], range(SHAPE[0])))
    print("did a worker's array own (copy) its data?", any(owns))
    print("row sums seen by the parent:", array.sum(axis=1).tolist())
    del array
    block.close()
    block.unlink()
