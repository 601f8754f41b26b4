import asyncio
import threading


async def double(x):
    await asyncio.sleep(0.05)
    return 2 * x


def say(text):
    print(f"{threading.current_thread().name}: {text}")


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    runner = threading.Thread(target=loop.run_forever, name="loop-thread")
    runner.start()  # the loop now runs in its own thread, for as long as we need it

    futures = [asyncio.run_coroutine_threadsafe(double(x), loop) for x in range(3)]
    print("main: results =", [f.result(timeout=2) for f in futures])
    loop.call_soon_threadsafe(say, "a plain callback, run by the loop")

    loop.call_soon_threadsafe(loop.stop)  # stop() must run in the loop's own thread
    runner.join()
    loop.close()  # only once run_forever() has returned
    print("main: loop stopped, closed =", loop.is_closed())
