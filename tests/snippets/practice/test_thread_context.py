from tests.helpers import python_version, run_snippet


def test_a_new_thread_starts_with_an_empty_context_unless_given_one():
    result = run_snippet("practice/thread_context.py")
    portable = [
        "Thread(): request_id = unset",  # the default: an empty context
        "Thread(target=context.run): request_id = r-42",
    ]
    if python_version(result) < (3, 14):
        assert result.lines == ["sys.flags.thread_inherit_context: no such flag", *portable]
        return
    assert result.lines == [
        "sys.flags.thread_inherit_context: 0",  # the build with the GIL
        *portable,
        "Thread(context=...): request_id = r-42",
        "-X thread_inherit_context=1, Thread(): request_id = r-42",
    ]
