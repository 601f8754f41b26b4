import asyncio
import time

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.05)
        ticks += 1  # runs only while the event loop is free


def blocking_call():
    time.sleep(0.5)  # stands for any blocking call: requests.get, a database driver...
    return "done"


async def main():
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # let the ticker start

    before = ticks
    blocking_call()  # called directly: the whole event loop stops for 0.5 s
    print(f"called directly:       ticks meanwhile = {ticks - before}")

    before = ticks
    result = await asyncio.to_thread(blocking_call)  # in a worker thread
    print(f"with asyncio.to_thread: ticks meanwhile = {ticks - before}, result = {result!r}")
    tick_task.cancel()


if __name__ == "__main__":
    asyncio.run(main())
