import re

from tests.helpers import each_start_method, run_snippet


def version(result):
    """(3, 13, 8) for a result of "CPython 3.13.8"."""
    return tuple(int(n) for n in re.match(r"\d+\.\d+\.\d+", result.python.split()[1])[0].split("."))


@each_start_method
def test_without_the_guard_forkserver_fails_in_the_child_or_in_the_fork_server(start_method):
    # The snippet asks for forkserver explicitly, so the default start method must not matter.
    result = run_snippet(
        "processes/main_guard_missing_forkserver.py", returncode=1, start_method=start_method
    )
    lines = result.lines
    top = [line for line in lines if line.startswith("top level of the main module")]
    assert "worker: hello" not in lines  # the target never runs
    assert any(line.startswith("RuntimeError") for line in lines)
    assert "current process has finished its bootstrapping phase" in result.output
    v = version(result)
    if (3, 13, 8) <= v < (3, 14) or (3, 14, 1) <= v < (3, 15):
        # The fork server imports the main module first, reaches p.start() and dies:
        # the parent's start() fails, no child is ever made.
        assert len(top) == 2  # the parent, then the fork server
        assert re.fullmatch(
            r"p\.start\(\) raised (EOFError|ConnectionResetError): the fork server is gone, no child ran",
            lines[-1],
        )
    elif v >= (3, 15):
        # gh-141860: the fork server ignores the failed import; the child imports again and fails.
        assert len(top) == 3  # the parent, the fork server, the child
        assert lines[-1] == "the child's exit code: 1"
    else:  # 3.11, 3.12, 3.13.0-3.13.7, 3.14.0: only the child imports the main module
        assert len(top) == 2
        assert lines[-1] == "the child's exit code: 1"
