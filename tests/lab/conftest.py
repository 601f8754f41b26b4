def pytest_terminal_summary(terminalreporter):
    """Print the lab's speed-ups: timings are reported, never asserted (test_concurrency_lab.py)."""
    from tests.lab.test_concurrency_lab import REPORT

    if REPORT:
        terminalreporter.write_sep("-", "the concurrency lab's timings (reported, not asserted)")
        for line in REPORT:
            terminalreporter.write_line(line)
