from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_sigterm_reaches_the_parent_only_and_an_event_stops_the_workers(start_method):
    lines = run_snippet("practice/process_workers_sigterm.py", start_method=start_method).lines
    assert sorted(lines[:2]) == [  # the two workers finish in any order
        "worker 0: stop requested, finished cleanly",
        "worker 1: stop requested, finished cleanly",
    ]
    assert lines[2:] == [
        "parent: got ['SIGTERM'], set the stop event",
        "exit codes: [0, 0] (-15 if SIGTERM had reached the workers)",  # not forwarded to them
    ]
