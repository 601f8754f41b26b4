import asyncio
from concurrent.futures import ThreadPoolExecutor


async def answer():
    await asyncio.sleep(0.05)
    return 42


def sync_helper():
    # Library code that wants a plain function: it starts a loop of its own.
    return asyncio.run(answer())


async def main():
    coro = answer()
    try:
        asyncio.run(coro)  # a loop is already running in this thread
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        coro.close()  # never awaited: close it, or Python warns about it later

    print("await it instead:", await answer())  # what a notebook cell does too

    # A sync function that must call asyncio.run(): run it in another thread.
    with ThreadPoolExecutor(max_workers=1) as pool:
        result = await asyncio.get_running_loop().run_in_executor(pool, sync_helper)
    print("asyncio.run() in a worker thread:", result)


if __name__ == "__main__":
    asyncio.run(main())
