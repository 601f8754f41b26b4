from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_an_uncaught_result_shows_the_workers_traceback_then_the_parents(start_method):
    result = run_snippet("pools/futures_remote_traceback.py", returncode=1, start_method=start_method)
    out, lines = result.output, result.lines
    error = "ValueError: invalid literal for int() with base 10: 'forty-two'"
    remote = lines.index("concurrent.futures.process._RemoteTraceback: ")
    cause = lines.index("The above exception was the direct cause of the following exception:")
    # First the worker's traceback, as text, down to the line of parse() that failed...
    assert remote < lines.index("    return int(text)  # the line that fails, in the worker process") < cause
    assert lines[remote + 1 : cause].count(error) == 1
    # ...then the parent's own, from the line that called result(), ending with the same error.
    assert 'snippets/pools/futures_remote_traceback.py", line 11, in <module>' in out.split(lines[cause])[1]
    assert lines[-1] == error
