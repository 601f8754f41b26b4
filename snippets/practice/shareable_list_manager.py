from multiprocessing import Pool
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList


def square_in_place(name, index):
    numbers = ShareableList(name=name)  # attach by name
    numbers[index] = numbers[index] ** 2  # each task writes its own slot: no lock needed
    numbers.shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:  # a server process that records the blocks
        numbers = smm.ShareableList([1, 2, 3, 4, 5])  # created here, its name sent to the server
        with Pool(2) as pool:
            pool.starmap(square_in_place, [(numbers.shm.name, i) for i in range(5)])
        print(f"numbers = {list(numbers)}")
        name = numbers.shm.name
        numbers.shm.close()
    # leaving the block, the server unlinked every block it had recorded
    try:
        ShareableList(name=name)
    except FileNotFoundError:
        print("after the with block, the list is gone: FileNotFoundError")
