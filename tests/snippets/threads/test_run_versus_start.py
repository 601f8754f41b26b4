from tests.helpers import run_snippet


def test_start_runs_in_a_new_thread_but_run_does_not():
    assert run_snippet("threads/run_versus_start.py").lines == [
        "run() executing in: worker",
        "run() executing in: MainThread",
    ]
