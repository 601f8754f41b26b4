from tests.helpers import run_snippet


def test_submit_and_run_in_executor_lose_the_context_copy_context_and_to_thread_carry_it():
    lines = [" ".join(line.split()) for line in run_snippet("programs/contextvars_in_executors.py").lines]
    assert lines == [
        "submit(): request_id = (not set)",
        "submit(copy_context().run): request_id = req-7",
        "in the coroutine: request_id = req-42",
        "run_in_executor(): request_id = (not set)",
        "asyncio.to_thread(): request_id = req-42",
    ]
