from tests.helpers import run_snippet


def test_bounded_semaphore_rejects_extra_release():
    assert run_snippet("threads/bounded_semaphore.py").lines == [
        "Semaphore(1) after an extra release: True, True",  # two holders now
        "BoundedSemaphore(1) extra release: ValueError: Semaphore released too many times",
    ]
