from tests.helpers import run_snippet


def test_c_local_stores_nothing_on_the_thread_object():
    assert run_snippet("threads/thread_local_storage.py").lines == [
        "threading.local is _thread._local, a C type",
        "C version, keys added to Thread.__dict__: []",
        "pure-Python version, keys added: ['_threading_local._localimpl.<id>']",
    ]
