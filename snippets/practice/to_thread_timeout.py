import asyncio
import threading
import time

release = threading.Event()


def blocking_call():
    release.wait(timeout=5)  # stands for a slow download or query
    time.sleep(0.3)
    print("thread: blocking_call() finished anyway")


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(blocking_call), timeout=0.1)
    except TimeoutError:
        running = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
        print(f"main: timed out; threads still running: {running}")
    print("main: returning")
    release.set()


if __name__ == "__main__":
    asyncio.run(main())  # shuts the default executor down: waits for its threads
    print("after asyncio.run()")
