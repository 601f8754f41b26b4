import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_lock_given_through_initargs_keeps_each_task_lines_together(start_method):
    lines = run_snippet("pools/pool_initializer_lock.py", start_method=start_method).lines
    tasks = lines[:-1]
    assert len(tasks) == 8
    started = []
    for start, end in zip(tasks[::2], tasks[1::2], strict=True):  # each start is followed by its end
        match = re.fullmatch(r"task (\d): start \(pid \d+\)", start)
        assert match, start
        assert end == f"task {match[1]}: end"
        started.append(match[1])
    assert sorted(started) == ["0", "1", "2", "3"]
    assert lines[-1] == (
        "as a task argument: RuntimeError: Lock objects should only be shared between processes"
        " through inheritance"
    )
