import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_name_pid_is_alive_and_exitcode_before_during_and_after(start_method):
    lines = run_snippet("processes/process_attributes.py", start_method=start_method).lines
    assert len(lines) == 5
    assert lines[0] == "before start(): name='my_service' pid=None alive=False exitcode=None"
    started = re.fullmatch(r"after start\(\):  pid=(\d+) alive=True exitcode=None", lines[1])
    worker = re.fullmatch(r"worker 1: running in process 'my_service', pid (\d+)", lines[2])
    assert started and worker
    assert worker[1] == started[1]  # current_process() in the child is the same process
    assert lines[3] == "after join():   alive=False exitcode=0"
    assert lines[4] == "this is the main process, named 'MainProcess'"
