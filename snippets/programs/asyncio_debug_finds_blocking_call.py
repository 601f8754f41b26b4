import asyncio
import logging
import time

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")


async def handle_request():
    time.sleep(0.2)  # a blocking call hidden in a coroutine: the bug to find


async def main():
    await asyncio.gather(handle_request(), asyncio.sleep(0.05))


if __name__ == "__main__":
    asyncio.run(main(), debug=True)  # logs every step that holds the loop for more than 0.1 s
