import _threading_local
import threading


def keys_added_to_thread(local_class):
    """Use a thread-local object in a new thread; what did that add to the Thread object?"""
    data = local_class()
    added = []

    def work():
        me = threading.current_thread()
        before = set(vars(me))
        data.secret = 42  # this thread's own value
        added.extend(sorted(set(vars(me)) - before))

    t = threading.Thread(target=work)
    t.start()
    t.join()
    return [key.rsplit(".", 1)[0] + ".<id>" for key in added]  # hide the varying id


if __name__ == "__main__":
    kind = threading.local
    print(f"threading.local is {kind.__module__}.{kind.__qualname__}, a C type")
    print(f"C version, keys added to Thread.__dict__: {keys_added_to_thread(threading.local)}")
    pure = keys_added_to_thread(_threading_local.local)  # the pure-Python fallback
    print(f"pure-Python version, keys added: {pure}")
