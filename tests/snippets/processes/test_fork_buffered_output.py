from tests.helpers import run_snippet


def test_unflushed_output_is_written_by_both_processes_unless_flushed_first():
    lines = run_snippet("processes/fork_buffered_output.py").lines
    assert lines == [
        # not flushed: the child's copy of the buffer and the parent's are both written
        "written once, before fork() (flush first: False)",
        "written once, before fork() (flush first: False)",
        # flushed before fork(): the buffers were empty, the line appears once
        "written once, before fork() (flush first: True)",
    ]
