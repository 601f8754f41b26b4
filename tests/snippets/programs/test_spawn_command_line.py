import re

from tests.helpers import run_snippet

CHILD = (
    r"the spawned child was started as: python( -[A-Za-z]+)* -c "
    r"'from multiprocessing\.spawn import spawn_main; spawn_main\(tracker_fd=\d+, pipe_handle=\d+\)' "
    r"--multiprocessing-fork"
)


def test_a_spawned_child_is_the_interpreter_told_to_run_spawn_main():
    lines = run_snippet("programs/spawn_command_line.py").lines
    assert re.fullmatch(CHILD, lines[0]), lines[0]
    assert lines[1] == "is this program frozen? False"
