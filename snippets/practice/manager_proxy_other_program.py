import multiprocessing
import pickle
import subprocess
import sys


def other_program():
    """Not a child of the manager's program: reads an authkey (or None), then a proxy."""
    authkey = pickle.load(sys.stdin.buffer)
    if authkey is not None:
        multiprocessing.current_process().authkey = authkey
    try:
        proxy = pickle.load(sys.stdin.buffer)  # unpickling connects to the manager
        print(f"  counts['hits'] = {proxy['hits']}")
    except multiprocessing.AuthenticationError as error:
        print(f"  AuthenticationError: {error}")


def start_other_program(authkey, proxy):
    data = pickle.dumps(authkey) + pickle.dumps(proxy)  # what a pipe or a socket would carry
    command = [sys.executable, __file__, "other"]
    return subprocess.run(command, input=data, capture_output=True).stdout.decode().rstrip()


if __name__ == "__main__":
    if sys.argv[1:] == ["other"]:
        other_program()
    else:
        with multiprocessing.Manager() as manager:
            counts = manager.dict(hits=3)
            print("another program, with its own authkey:")
            print(start_other_program(None, counts))
            print("another program, given this program's authkey:")
            print(start_other_program(bytes(multiprocessing.current_process().authkey), counts))
