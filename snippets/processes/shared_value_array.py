from multiprocessing import Array, Process, Value


def work(counter, squares, index):
    for _ in range(1000):
        with counter.get_lock():  # += reads, then writes: hold the lock across both
            counter.value += 1
    squares[index] = index * index  # each process writes its own slot: no lock needed


if __name__ == "__main__":
    counter = Value("i", 0)  # one C int in shared memory, with its own lock
    squares = Array("i", 4)  # four C ints, all 0
    workers = [Process(target=work, args=(counter, squares, i)) for i in range(4)]
    for p in workers:
        p.start()
    for p in workers:
        p.join()
    print(f"counter.value = {counter.value}")
    print(f"squares[:] = {squares[:]}")
