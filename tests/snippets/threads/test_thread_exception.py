import re

from tests.helpers import python_version, run_snippet


def test_unhandled_exception_is_reported_by_excepthook_not_raised_in_join():
    result = run_snippet("threads/thread_exception.py")
    lines = result.lines
    error = "ValueError: invalid literal for int() with base 10: 'forty-two'"
    # The default threading.excepthook prints a traceback (on stderr)...
    assert lines[:2] == ["parsing 'forty-two'", "Exception in thread parser:"]
    assert lines.index(error) < lines.index("main: join() returned, parser alive: False")
    # ...and a custom hook receives the exception, its thread and its traceback.
    assert lines[-2:] == [
        "parsing 'seven'",
        "hook: ValueError in parser-2: invalid literal for int() with base 10: 'seven'",
    ]


def test_the_traceback_differs_by_version_and_shows_no_machine_path():
    """The page shows this snippet's output under each version (pythons= on its fence)."""
    result = run_snippet("threads/thread_exception.py")
    lines = result.lines
    frames = [line for line in lines if line.startswith("  File ")]
    assert re.fullmatch(r'  File "<stdlib>/threading\.py", line \d+, in _bootstrap_inner', frames[0])
    assert re.fullmatch(r'  File "<stdlib>/threading\.py", line \d+, in run', frames[1])
    assert frames[2] == '  File "snippets/threads/thread_exception.py", line 6, in parse'
    # 3.14 runs the thread in a context (Thread(context=)): the first frame's line changed.
    call = "    self._context.run(self.run)" if python_version(result) >= (3, 14) else "    self.run()"
    after_run = lines[lines.index(call) + 1]
    after_int = lines[lines.index("    int(text)  # raises ValueError: nobody in this thread catches it") + 1]
    if python_version(result) >= (3, 14):  # markers under every call: ~ the callee, ^ the call
        assert after_run == "    ~~~~~~~~~~~~~~~~~^^^^^^^^^^"
        assert after_int == "    ~~~^^^^^^"
    elif python_version(result) >= (3, 13):
        assert after_run == "    ~~~~~~~~^^"
        assert after_int == "    ~~~^^^^^^"
    else:  # 3.11, 3.12: no markers when the call is the whole line, except in the snippet's own frame
        assert after_run.startswith('  File "<stdlib>/threading.py"')
        assert after_int == "    ^^^^^^^^^"
