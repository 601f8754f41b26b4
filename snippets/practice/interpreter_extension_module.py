import sys

try:
    from concurrent import interpreters  # new in Python 3.14
except ImportError:
    interpreters = None

if __name__ == "__main__":
    if interpreters is None:
        print(
            f"concurrent.interpreters needs Python 3.14 (this is {sys.version_info.major}.{sys.version_info.minor})"
        )
        raise SystemExit
    import numpy  # fine in the main interpreter

    print(f"main interpreter: numpy {numpy.__version__} imported")
    interp = interpreters.create()
    try:
        interp.exec("import numpy")
    except interpreters.ExecutionFailed as failure:  # the exception raised in the other interpreter
        print(f"interpreter {interp.id}: {failure.excinfo.type.__name__}, ending with:")
        print("   ", failure.excinfo.msg.strip().splitlines()[-1])
    interp.exec("import json, decimal, sqlite3")  # the standard library's modules do support it
    print(f"interpreter {interp.id}: json, decimal and sqlite3 imported")
    interp.close()
