from tests.helpers import run_snippet


def test_asyncio_run_refuses_a_running_loop_and_the_two_ways_around_it_work():
    lines = run_snippet("programs/asyncio_run_inside_loop.py").lines
    assert lines == [
        "RuntimeError: asyncio.run() cannot be called from a running event loop",
        "await it instead: 42",
        "asyncio.run() in a worker thread: 42",
    ]  # and no "coroutine ... was never awaited" warning: the coroutine was closed
