from tests.helpers import python_version, run_snippet


def test_a_new_thread_starts_with_an_empty_context_unless_given_one():
    result = run_snippet("practice/thread_context.py")
    portable = "Thread(target=context.run): request_id = r-42"
    if python_version(result) < (3, 14):
        assert result.lines == [
            "sys.flags.thread_inherit_context: no such flag",
            "Thread(): request_id = unset",  # an empty context
            portable,
        ]
    elif result.python.endswith("free-threaded"):  # python3.14t: threads inherit the context by default
        assert result.lines == [
            "sys.flags.thread_inherit_context: 1",
            "Thread(): request_id = r-42",
            portable,
            "Thread(context=...): request_id = r-42",
        ]
    else:
        assert result.lines == [
            "sys.flags.thread_inherit_context: 0",  # the build with the GIL
            "Thread(): request_id = unset",
            portable,
            "Thread(context=...): request_id = r-42",
            "-X thread_inherit_context=1, Thread(): request_id = r-42",
        ]
