from tests.helpers import run_snippet


def test_a_thread_gets_a_concurrent_future_and_cancels_it_after_a_timeout():
    lines = run_snippet("programs/coroutine_from_thread.py").lines
    assert lines == [
        "thread got a concurrent.futures._base.Future",  # not an asyncio.Future: thread-safe
        "thread: result = quick after 0.1 s",
        "thread: gave up after 0.1 s, cancelled = True",  # 0.1 s timeout, 0.5 s coroutine
        "loop: the thread is done",  # after join(): always last
    ]
