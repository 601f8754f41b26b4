from tests.helpers import run_snippet


def test_alive_only_between_start_and_end():
    assert run_snippet("threads/thread_lifecycle.py").lines == [
        "created:  alive=False, ident=None",
        "started:  alive=True, ident is set: True",
        "finished: alive=False, ident kept: True",
    ]
