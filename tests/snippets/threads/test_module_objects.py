from tests.helpers import run_snippet


def test_what_each_object_really_is():
    lines = run_snippet("threads/module_objects.py").lines
    kinds = dict(line.split(" -> ") for line in lines if " -> " in line)
    kinds = {expression.strip(): kind for expression, kind in kinds.items()}
    assert kinds == {
        "Thread(target=print)": "threading.Thread",
        "Timer(1, print)": "threading.Timer",
        "Lock()": "_thread.lock",  # C objects from the low-level _thread module
        "RLock()": "_thread.RLock",
        "Condition()": "threading.Condition",  # classes written in Python
        "Semaphore()": "threading.Semaphore",
        "BoundedSemaphore()": "threading.BoundedSemaphore",
        "Event()": "threading.Event",
        "Barrier(2)": "threading.Barrier",
        "local()": "_thread._local",
    }
    assert "Timer is a Thread subclass: True" in lines
    assert lines[-1].startswith("TIMEOUT_MAX: ") and lines[-1].endswith(" s")
