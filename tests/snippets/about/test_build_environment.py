import platform
import re

from sitebuild import runner
from tests.helpers import PYTHON, each_start_method, run_snippet


@each_start_method
def test_reports_the_interpreter_that_ran_it(start_method):
    lines = run_snippet("about/build_environment.py", start_method=start_method).lines
    keys = [line.split(":", 1)[0] for line in lines]
    assert keys == ["interpreter", "platform", "CPU cores", "GIL", "start method"]
    assert lines[0].split(":", 1)[1].strip() == runner.interpreter_label(PYTHON)
    assert lines[1].split()[1] == platform.system()
    assert re.fullmatch(r"CPU cores:\s+\d+", lines[2])
    assert re.match(rf"start method:\s+{start_method} ", lines[4])
