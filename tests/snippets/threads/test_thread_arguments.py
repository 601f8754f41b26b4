from tests.helpers import run_snippet


def test_args_kwargs_and_keyword_only_daemon():
    assert run_snippet("threads/thread_arguments.py").lines == [
        "Hello, world! (daemon=True)",
        "TypeError: Thread.__init__() takes from 1 to 6 positional arguments but 7 were given",
    ]
