from multiprocessing import Pool
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList


def square_in_place(name, index):
    numbers = ShareableList(name=name)  # attach by name
    numbers[index] = numbers[index] ** 2  # each task writes its own slot: no lock needed
    numbers.shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:  # a server process that owns the blocks
        numbers = smm.ShareableList([1, 2, 3, 4, 5])  # int, float, bool, str, bytes, None
        with Pool(2) as pool:
            pool.starmap(square_in_place, [(numbers.shm.name, i) for i in range(5)])
        print(f"numbers = {list(numbers)}")
        name = numbers.shm.name
        numbers.shm.close()
    # leaving the block unlinked every block the manager created
    try:
        ShareableList(name=name)
    except FileNotFoundError:
        print("after the with block, the list is gone: FileNotFoundError")
