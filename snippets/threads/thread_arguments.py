import threading


def greet(greeting, name, punctuation="."):
    print(f"{greeting}, {name}{punctuation} (daemon={threading.current_thread().daemon})")


if __name__ == "__main__":
    t = threading.Thread(
        target=greet,
        name="greeter",
        args=("Hello", "world"),  # a tuple: ("world",) needs its comma
        kwargs={"punctuation": "!"},
        daemon=True,  # keyword-only, since Python 3.3
    )
    t.start()
    t.join()

    try:  # daemon cannot be passed by position
        threading.Thread(None, greet, "greeter", ("Hi", "you"), {}, True)
    except TypeError as error:
        print(f"TypeError: {error}")
