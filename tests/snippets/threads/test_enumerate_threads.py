from tests.helpers import run_snippet


def test_current_main_enumerate_and_ids():
    assert run_snippet("threads/enumerate_threads.py").lines == [
        "current_thread(): MainThread, main_thread() is it: True",
        "active_count(): 4",
        "enumerate(): ['MainThread', 'worker-0', 'worker-1', 'worker-2']",
        "after join: ['MainThread']",
        "me.ident == get_ident(): True",
        "me.native_id == get_native_id(): True",
    ]
