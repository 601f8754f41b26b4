import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0.05)
        ticks += 1  # runs only while the event loop is free


def sum_of_squares(n):  # CPU-bound: in a thread, it would hold the GIL
    return os.getpid(), sum(i * i for i in range(n))


async def main():
    tick_task = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        calls = [loop.run_in_executor(pool, sum_of_squares, n) for n in (2_000_000, 3_000_000)]
        results = await asyncio.gather(*calls)  # the loop keeps running while they compute
    tick_task.cancel()
    for pid, total in results:
        print(f"computed {total:,} in {'another' if pid != os.getpid() else 'this'} process")
    print(f"event loop ticks during the computation: {ticks}")


if __name__ == "__main__":
    asyncio.run(main())
