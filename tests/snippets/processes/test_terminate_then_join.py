import re

from tests.helpers import each_start_method, run_snippet

PROCESS = r"<Process name='Process-1' pid=(\d+) parent=\d+ {state}>"


@each_start_method
def test_terminate_returns_at_once_join_collects_the_exit_code(start_method):
    lines = run_snippet("processes/terminate_then_join.py", start_method=start_method).lines
    assert len(lines) == 6
    assert re.fullmatch(r"BEFORE: <Process name='Process-1' parent=\d+ initial> False", lines[0])
    assert lines[1] == "Starting worker"
    during = re.fullmatch(r"DURING: " + PROCESS.format(state="started") + " True", lines[2])
    assert during
    # Right after terminate() the process may or may not have died yet, and it may die between
    # the two checks: print() calls is_alive() first, then formats the repr.
    terminated = re.fullmatch(r"TERMINATED: (<Process .*>) (True|False)", lines[3])
    assert terminated
    state, alive = terminated[1], terminated[2]
    if re.fullmatch(PROCESS.format(state="started"), state):
        assert alive == "True"  # not dead yet for either check
    else:
        assert re.fullmatch(PROCESS.format(state="stopped exitcode=-SIGTERM"), state)  # dead by then
    joined = re.fullmatch(
        r"JOINED: " + PROCESS.format(state="stopped exitcode=-SIGTERM") + " False", lines[4]
    )
    assert joined and joined[1] == during[1]
    assert lines[5] == "exit code: -15"  # -signal.SIGTERM; "Finished worker" never came
