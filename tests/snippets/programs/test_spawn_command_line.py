import re

from tests.helpers import each_start_method, run_snippet

CHILD = (
    r"the spawned child was started as: python( -[A-Za-z]+)* -c "
    r"'from multiprocessing\.spawn import spawn_main; spawn_main\(tracker_fd=\d+, pipe_handle=\d+\)' "
    r"--multiprocessing-fork"
)


@each_start_method
def test_a_spawned_child_is_the_interpreter_told_to_run_spawn_main(start_method):
    # the snippet asks for spawn itself: the default start method changes nothing
    lines = run_snippet("programs/spawn_command_line.py", start_method=start_method).lines
    assert re.fullmatch(CHILD, lines[0]), lines[0]
    assert lines[1] == "is this program frozen? False"
