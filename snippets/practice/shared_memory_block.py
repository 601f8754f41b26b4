from multiprocessing import Process
from multiprocessing.shared_memory import SharedMemory


def shout(name):
    block = SharedMemory(name=name)  # attach to the existing block, by its name
    block.buf[:5] = bytes(block.buf[:5]).upper()  # write straight into shared memory
    block.close()  # this process is done with it: release its view


if __name__ == "__main__":
    block = SharedMemory(create=True, size=16)  # Linux: exactly 16 (elsewhere maybe a page)
    print(f"block.size = {block.size}")
    block.buf[:5] = b"hello"
    child = Process(target=shout, args=(block.name,))
    child.start()
    child.join()
    print(f"the parent reads: {bytes(block.buf[:5])}")
    block.close()  # every process closes its own view...
    block.unlink()  # ...and one process, once, destroys the block
    try:
        SharedMemory(name=block.name)
    except FileNotFoundError:
        print("after unlink(), attaching by name raises FileNotFoundError")
