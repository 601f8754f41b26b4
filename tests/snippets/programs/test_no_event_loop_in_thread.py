from tests.helpers import run_snippet


def test_get_event_loop_fails_in_a_thread_and_asyncio_run_works_in_each_worker():
    result = run_snippet("programs/no_event_loop_in_thread.py")
    assert result.lines == [
        "worker: RuntimeError: There is no current event loop in thread 'worker'.",
        "asyncio.run() per call: [0, 1, 4, 9, 16]",
    ]
