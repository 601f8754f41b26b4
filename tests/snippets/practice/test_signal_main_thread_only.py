from tests.helpers import run_snippet


def test_handlers_are_installed_and_run_in_the_main_thread_only():
    lines = run_snippet("practice/signal_main_thread_only.py").lines
    assert lines == [
        "in worker: ValueError: signal only works in main thread of the main interpreter",
        "SIGINT raised in thread 'sender', handled in ['MainThread']",  # once, by the main thread
    ]
