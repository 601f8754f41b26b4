from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_imap_unordered_drives_a_progress_line_to_completion(start_method):
    lines = run_snippet("pools/pool_imap_progress.py", start_method=start_method).lines
    progress = lines[:-1]
    assert [line.split("] ")[1] for line in progress] == [f"{n}/12" for n in range(1, 13)]
    assert progress[0] == "[#...................] 1/12"
    assert progress[-1] == "[####################] 12/12"  # not a terminal: one line per step
    assert lines[-1] == "results, sorted: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121]"
