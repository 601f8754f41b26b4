from tests.helpers import run_snippet


def test_wait_times_out_on_a_full_pipe_and_communicate_reads_it_all():
    lines = run_snippet("programs/subprocess_pipe_deadlock.py").lines
    assert lines == [
        "wait(): still running after 1 s, stuck writing to a full pipe",  # it cannot finish unread
        "communicate(): read 1,000,000 bytes, returncode=0",
    ]
