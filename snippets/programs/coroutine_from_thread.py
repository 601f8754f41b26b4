import asyncio
import threading


async def fetch(name, delay):
    await asyncio.sleep(delay)  # stands for an async client call
    return f"{name} after {delay} s"


def plain_thread(loop):
    # From a thread that is not running the loop: hand the coroutine to the loop.
    future = asyncio.run_coroutine_threadsafe(fetch("quick", 0.1), loop)
    print(f"thread got a {type(future).__module__}.{type(future).__name__}")
    print("thread: result =", future.result(timeout=2))  # blocks this thread only

    slow = asyncio.run_coroutine_threadsafe(fetch("slow", 0.5), loop)
    try:
        slow.result(timeout=0.1)
    except TimeoutError:
        slow.cancel()  # the timeout does not stop the coroutine: cancel it yourself
        print("thread: gave up after 0.1 s, cancelled =", slow.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    worker = threading.Thread(target=plain_thread, args=(loop,))
    worker.start()
    await asyncio.to_thread(worker.join)  # wait without blocking the loop
    print("loop: the thread is done")


if __name__ == "__main__":
    asyncio.run(main())
