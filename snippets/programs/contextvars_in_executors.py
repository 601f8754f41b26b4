import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="(not set)")


def log_line(where):
    return f"{where:<28} request_id = {request_id.get()}"


async def handle(pool):
    request_id.set("req-42")  # set by the code that handles one request
    loop = asyncio.get_running_loop()
    print(log_line("in the coroutine:"))
    print(await loop.run_in_executor(pool, log_line, "run_in_executor():"))
    print(await asyncio.to_thread(log_line, "asyncio.to_thread():"))


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        request_id.set("req-7")
        print(pool.submit(log_line, "submit():").result())
        context = contextvars.copy_context()  # a snapshot of this thread's variables
        print(pool.submit(context.run, log_line, "submit(copy_context().run):").result())
        asyncio.run(handle(pool))
