import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_child_output_appears_between_start_and_join(start_method):
    lines = run_snippet("processes/process_start_join.py", start_method=start_method).lines
    assert len(lines) == 4
    parent = re.fullmatch(r"parent process has pid (\d+)", lines[0])
    child = re.fullmatch(r"child process 'test' runs with pid (\d+), parent (\d+)", lines[2])
    assert parent and child
    assert lines[1] == "starting the child process..."
    assert child[1] != parent[1]  # a new process
    if start_method == "forkserver":
        assert child[2] != parent[1]  # forked by the fork server, not by us
    else:
        assert child[2] == parent[1]
    assert lines[3] == "the child process has ended, exit code 0"
