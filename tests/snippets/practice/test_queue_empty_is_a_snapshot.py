from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_a_loop_on_empty_stops_early_and_the_sentinel_loop_gets_everything(start_method):
    lines = run_snippet("practice/queue_empty_is_a_snapshot.py", start_method=start_method).lines
    # qsize() raises NotImplementedError on macOS; the snippet then says "unknown"
    assert lines[0] in (
        "got 'first'; now qsize()=0, empty()=True",
        "got 'first'; now qsize()=unknown, empty()=True",
    )
    assert lines[1] == "'while not q.empty()' collected []"  # though two more items were coming
    assert lines[2] == "get() until the sentinel collected ['second', 'third']"
    assert len(lines) == 3
