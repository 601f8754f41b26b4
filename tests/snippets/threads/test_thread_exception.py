from tests.helpers import run_snippet


def test_unhandled_exception_is_reported_by_excepthook_not_raised_in_join():
    lines = run_snippet("threads/thread_exception.py").lines
    error = "ValueError: invalid literal for int() with base 10: 'forty-two'"
    # The default threading.excepthook prints a traceback (on stderr)...
    assert lines[:2] == ["parsing 'forty-two'", "Exception in thread parser:"]
    assert lines.index(error) < lines.index("main: join() returned, parser alive: False")
    # ...and a custom hook receives the exception, its thread and its traceback.
    assert lines[-2:] == [
        "parsing 'seven'",
        "hook: ValueError in parser-2: invalid literal for int() with base 10: 'seven'",
    ]
