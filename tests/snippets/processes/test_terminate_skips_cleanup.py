from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_terminate_skips_finally_a_stop_event_does_not(start_method):
    lines = run_snippet("processes/terminate_skips_cleanup.py", start_method=start_method).lines
    assert lines == [
        "terminated: working",
        "terminated: exit code -15",  # killed by SIGTERM, and no "cleaning up" line
        "asked to stop: working",
        "asked to stop: cleaning up (saving work, closing files, releasing locks...)",
        "asked to stop: exit code 0",
    ]
