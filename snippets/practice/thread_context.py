import contextvars
import subprocess
import sys
import threading

request_id = contextvars.ContextVar("request_id", default="unset")


def show(how):
    print(f"{how}: request_id = {request_id.get()}")


def run(thread):
    thread.start()
    thread.join()


if __name__ == "__main__":
    request_id.set("r-42")  # set in the main thread's context
    print(f"sys.flags.thread_inherit_context: {getattr(sys.flags, 'thread_inherit_context', 'no such flag')}")
    run(threading.Thread(target=show, args=("Thread()",)))
    context = contextvars.copy_context()  # works on every version:
    run(threading.Thread(target=context.run, args=(show, "Thread(target=context.run)")))
    if sys.version_info >= (3, 14):
        run(threading.Thread(target=show, args=("Thread(context=...)",), context=contextvars.copy_context()))
        if not sys.flags.thread_inherit_context:  # again, with the free-threaded build's default
            command = [sys.executable, "-X", "thread_inherit_context=1", __file__]
            again = subprocess.run(command, capture_output=True, text=True).stdout.splitlines()
            print(f"-X thread_inherit_context=1, {again[1]}")
