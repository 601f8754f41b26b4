import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor


async def fetch(n):
    await asyncio.sleep(0.05)  # stands for an async client call
    return n * n


def old_style(n):
    try:
        loop = asyncio.get_event_loop()  # a thread other than the main one has no loop
    except RuntimeError as error:
        print(f"{threading.current_thread().name}: RuntimeError: {error}")
        return None
    return loop.run_until_complete(fetch(n))


def with_asyncio_run(n):
    return asyncio.run(fetch(n))  # a new loop in this thread, closed on return


if __name__ == "__main__":
    worker = threading.Thread(target=old_style, args=(3,), name="worker")
    worker.start()
    worker.join()

    with ThreadPoolExecutor(max_workers=3) as pool:
        print("asyncio.run() per call:", list(pool.map(with_asyncio_run, range(5))))
