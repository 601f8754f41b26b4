import re

from tests.helpers import each_start_method, python_version, run_snippet


@each_start_method
def test_without_the_guard_the_spawned_child_reruns_the_module_and_fails(start_method):
    # The snippet asks for spawn explicitly, so the default start method must not matter.
    result = run_snippet("processes/main_guard_missing.py", returncode=1, start_method=start_method)
    lines = result.lines
    top = [line for line in lines if line.startswith("top level of the main module")]
    assert len(top) == 2  # once in the parent, once more when the child imported the file
    pids = {re.fullmatch(r"top level of the main module, running in pid (\d+)", line)[1] for line in top}
    assert len(pids) == 2
    assert "current process has finished its bootstrapping phase" in result.output
    assert any(line.startswith("RuntimeError") for line in lines)
    assert "worker: hello" not in lines  # the target never ran
    assert lines[-1] == "the child's exit code: 1"
    # The page shows the child's traceback under each version (pythons= on its fence).
    first = lines.index('  File "<string>", line 1, in <module>')  # the child runs `python -c ...`
    if python_version(result) >= (3, 13):  # the -c source is shown, long statements are elided
        assert re.fullmatch(
            r"    from multiprocessing\.spawn import spawn_main; spawn_main\(.*\)", lines[first + 1]
        )
        assert any(re.fullmatch(r"    \.\.\.<\d+ lines>\.\.\.", line) for line in lines)
    else:
        assert re.fullmatch(
            r'  File "<stdlib>/multiprocessing/spawn\.py", line \d+, in spawn_main', lines[first + 1]
        )
        assert not any("...<" in line for line in lines)
