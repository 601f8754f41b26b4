from tests.helpers import each_start_method, run_snippet

BROKEN = "A process in the process pool was terminated abruptly while the future was running or pending."


@each_start_method
def test_an_exception_that_cannot_be_rebuilt_breaks_the_executor(start_method):
    lines = run_snippet("pools/exception_init_args.py", start_method=start_method).lines
    assert lines == [
        f"HTTPError: the parent got BrokenProcessPool: {BROKEN}",
        "  because, in the parent: TypeError: HTTPError.__init__() missing 1 required positional"
        " argument: 'reason'",
        "FixedHTTPError: the parent got FixedHTTPError: (404, 'Not Found')",
    ]
