from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_reader_gets_every_value_in_order_and_stops_at_the_sentinel(start_method):
    lines = run_snippet("processes/queue_sentinel.py", start_method=start_method).lines
    puts = [line for line in lines if line.startswith("Put ")]
    gets = [line for line in lines if line.startswith("Get ")]
    assert puts == ["Put A to queue...", "Put B to queue...", "Put C to queue..."]
    assert gets == ["Get A from queue.", "Get B from queue.", "Get C from queue."]  # FIFO
    for value in "ABC":  # each value is announced before it is put, so before it is got
        assert lines.index(f"Put {value} to queue...") < lines.index(f"Get {value} from queue.")
    assert lines[-2:] == ["reader: got the sentinel, returning", "reader exit code: 0"]  # not -15
    assert len(lines) == 8
