import re

from tests.helpers import run_snippet


def test_run_waits_and_popen_returns_at_once():
    lines = run_snippet("programs/subprocess_run_or_popen.py").lines
    assert lines[0] == "run():   returncode=0, stdout='child: done\\n'"
    assert re.fullmatch(r"Popen\(\): started pid \d+, poll\(\) = None \(still running\)", lines[1])
    assert lines[2] == "Popen(): returncode=0, stdout='child: done\\n'"
    assert len(lines) == 3
