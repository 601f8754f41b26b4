from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_messages_go_both_ways_through_a_pipe(start_method):
    lines = run_snippet("processes/pipe_send_recv.py", start_method=start_method).lines
    assert lines == [
        "sent 'hello', received 'HELLO'",
        "sent 'pipe', received 'PIPE'",
        "child exit code: 0",  # the child left its loop when it received None
    ]
