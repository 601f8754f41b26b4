"""The runner itself: what the build and the tests rely on."""

import textwrap
import time

import pytest

from sitebuild import runner


@pytest.fixture
def snippet_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "SNIPPETS", tmp_path)

    def write(name, code):
        (tmp_path / name).write_text(textwrap.dedent(code), "utf-8")
        return name

    return write


def test_missing_snippet_is_an_error(snippet_dir):
    with pytest.raises(runner.SnippetError, match="no such file"):
        runner.execute("nope.py")


def test_path_must_stay_inside_snippets(snippet_dir):
    with pytest.raises(runner.SnippetError, match="not a path inside"):
        runner.execute("../outside.py")


def test_stdout_and_stderr_keep_their_order_and_main_guard_runs(snippet_dir):
    name = snippet_dir(
        "order.py",
        """
        import sys
        if __name__ == "__main__":
            for i in range(50):
                print(f"out {i}")
                print(f"err {i}", file=sys.stderr)
        """,
    )
    result = runner.execute(name)
    assert result.lines == [f"{s} {i}" for i in range(50) for s in ("out", "err")]


def test_undeclared_exit_code_names_snippet_and_shows_last_lines(snippet_dir):
    name = snippet_dir("boom.py", "raise RuntimeError('boom')\n")
    result = runner.execute(name)
    assert result.returncode == 1
    with pytest.raises(runner.SnippetError) as error:
        runner.check(result)
    message = str(error.value)
    assert "boom.py exited with code 1, expected 0" in message
    assert "RuntimeError: boom" in message
    assert runner.check(result, expected_returncode=1) is result


def test_timeout_kills_the_whole_process_group(snippet_dir, tmp_path):
    name = snippet_dir(
        "hang.py",
        """
        import subprocess, sys, time
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        print(child.pid, flush=True)
        time.sleep(60)
        """,
    )
    started = time.monotonic()
    result = runner.execute(name, timeout=1)
    assert result.timed_out and result.returncode is None
    assert time.monotonic() - started < 1 + runner.LINGER + 1
    grandchild = int(result.lines[0])
    time.sleep(0.2)
    assert not _running(grandchild)
    with pytest.raises(runner.SnippetError, match="timed out"):
        runner.check(result)


def _running(pid):
    """True unless the process is gone or a zombie (killed, not yet reaped by init)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_leftover_child_processes_are_reported(snippet_dir):
    name = snippet_dir(
        "orphan.py",
        """
        import subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        print("parent exits, child lives on")
        """,
    )
    result = runner.execute(name)
    assert result.returncode == 0 and result.leftover_processes
    with pytest.raises(runner.SnippetError, match="left child processes"):
        runner.check(result)


def test_start_method_is_forced_without_changing_the_code(snippet_dir):
    name = snippet_dir(
        "method.py",
        """
        import multiprocessing
        print(multiprocessing.get_start_method())
        """,
    )
    for method in runner.START_METHODS:
        assert runner.execute(name, start_method=method).output == f"{method}\n"


def test_repository_paths_are_shown_relative(snippet_dir):
    name = snippet_dir("where.py", f"print({str(runner.ROOT / 'snippets' / 'x.py')!r})\n")
    assert runner.execute(name).output == "snippets/x.py\n"


def test_cache_runs_each_snippet_once_and_reuses_results_on_disk(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir("count.py", "print('ran')\n")
    first = runner.Cache(fresh=False)
    assert first.get(name).output == first.get(name).output == "ran\n"
    assert first.executed == ["count.py"]
    second = runner.Cache(fresh=False)  # a later build: served from disk
    assert second.get(name).cached and second.executed == []
    forced = runner.Cache(fresh=True)  # SNIPPETS_FRESH=1
    assert not forced.get(name).cached and forced.executed == ["count.py"]
    snippet_dir("count.py", "print('changed')\n")  # an edit means a new key
    assert second.get(name).output == "changed\n" and second.executed == ["count.py"]


def test_a_failed_run_is_never_cached_and_runs_again_at_the_next_build(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    flag = tmp_path / "crashed-once"
    name = snippet_dir(
        "flaky.py",
        f"""
        import pathlib, sys
        flag = pathlib.Path({str(flag)!r})
        if not flag.exists():
            flag.touch()
            sys.exit("crashed")  # a flaky failure, the first time only
        print("fine")
        """,
    )
    build = runner.Cache(fresh=False)
    assert build.get(name).returncode == 1
    assert not list((tmp_path / "cache").glob("*.json"))  # nothing on disk to replay
    assert build.get(name).returncode == 1  # the same build shows the same run
    build.reset_counts()  # the next build (mkdocs serve)
    assert build.get(name).output == "fine\n" and build.executed == ["flaky.py"]
    assert runner.Cache(fresh=False).get(name).cached  # a success is kept


def test_a_run_that_fails_as_declared_is_cached(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir("fails.py", "raise SystemExit(3)\n")
    assert runner.Cache(fresh=False).get(name, returncode=3).returncode == 3
    assert runner.Cache(fresh=False).get(name, returncode=3).cached
