import re

from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method  # the snippet spawns its process whatever the default
def test_an_interpreter_costs_more_than_a_thread_and_less_than_a_spawned_process(start_method):
    result = run_snippet("practice/interpreter_startup_cost.py", start_method=start_method)
    if python_version(result) < (3, 14):
        assert result.lines == [
            "concurrent.interpreters needs Python 3.14 (this is {}.{})".format(*python_version(result))
        ]
        return
    times = {}
    for line in result.lines:
        how, ms = re.fullmatch(
            r"(\w+) +started, ran nothing, ended: +([\d.]+) ms \(median of 3\)", line
        ).groups()
        times[how] = float(ms)
    assert list(times) == ["thread", "interpreter", "spawned_process"]
    assert times["thread"] < times["interpreter"] < times["spawned_process"]
