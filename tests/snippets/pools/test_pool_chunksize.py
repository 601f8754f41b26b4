import re

from tests.helpers import each_start_method, run_snippet


@each_start_method
def test_chunksize_sets_the_number_of_messages_sent_to_the_workers(start_method):
    lines = run_snippet("pools/pool_chunksize.py", start_method=start_method).lines
    messages, seconds = {}, {}
    for line in lines:
        match = re.fullmatch(r"chunksize=(\w+): (\d+) messages, (\d+\.\d{3}) s, sum 333283335000", line)
        assert match, line
        messages[match[1]], seconds[match[1]] = int(match[2]), float(match[3])
    # one message per chunk: 10,000 inputs / chunksize; the default is 10,000 / (4 x 2 workers)
    assert messages == {"1": 10_000, "100": 100, "None": 8}
    # One message per call is the slowest by far: at least twice the time of the others (each
    # the best of three runs; usually ten times or more).
    assert seconds["1"] >= 2 * max(seconds["100"], seconds["None"], 0.001)
