import sys

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None

counter = 0


def bump():
    global counter
    counter += 1
    return counter


if __name__ == "__main__":
    if interpreters is None:
        print(
            f"concurrent.interpreters needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    interp = interpreters.create()  # a new interpreter, in this process, with its own GIL
    print(f"main interpreter: {interpreters.get_main().id}, new one: {interp.id}")
    interp.exec("from concurrent import interpreters; print('exec() runs in', interpreters.get_current())")
    interp.prepare_main(greeting="hello")  # put shareable objects in its __main__ module
    interp.exec("print(greeting, 'from its own __main__ module')")
    print(
        f"call(bump) there: {interp.call(bump)}, {interp.call(bump)}"
    )  # runs bump() in the other interpreter
    print(f"bump() here: {bump()}")  # this interpreter's counter: its globals are separate
    interp.close()
