from tests.helpers import run_snippet


def test_one_printer_thread_prints_every_line_whole_and_each_worker_in_order():
    lines = run_snippet("threads/printer_thread.py").lines
    expected = [f"worker-{i}: step {step}" for i in range(4) for step in range(3)]
    assert sorted(lines) == expected  # 12 whole lines, none mixed with another
    for i in range(4):  # one worker's lines keep their order; workers interleave freely
        mine = [line for line in lines if line.startswith(f"worker-{i}:")]
        assert mine == [f"worker-{i}: step {step}" for step in range(3)]
