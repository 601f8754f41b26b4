"""The runner itself: what the build and the tests rely on."""

import os
import subprocess
import sys
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


def test_a_snippet_runs_without_the_builders_pythonpath(snippet_dir, monkeypatch, tmp_path):
    """A worktree's PYTHONPATH reached a page that prints sys.path (processes/process-class)."""
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "builder"))
    name = snippet_dir("path.py", "import sys\nprint(sys.path)\n")
    assert "builder" not in runner.execute(name).output
    assert "builder" not in runner.execute(name, start_method="spawn").output


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


def test_a_child_whose_output_goes_elsewhere_is_still_a_leftover_and_never_cached(
    snippet_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir(
        "helper.py",
        """
        import subprocess, sys
        child = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(60)"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        print(child.pid)
        """,
    )
    started = time.monotonic()
    result = runner.Cache(fresh=False).get(name)
    assert time.monotonic() - started < runner.LINGER + 3
    assert result.returncode == 0 and result.leftover_processes
    time.sleep(0.2)
    assert not _running(int(result.lines[0]))  # the whole group was killed
    with pytest.raises(runner.SnippetError, match=r"left child processes running .*time\.sleep\(60\)"):
        runner.check(result)
    assert not list((tmp_path / "cache").glob("*.json"))  # never replayed as a success


def test_helpers_that_end_with_the_snippet_are_not_leftovers(snippet_dir):
    """The forkserver and the resource tracker exit just after the snippet: not a failure."""
    name = snippet_dir(
        "pool.py",
        """
        import multiprocessing as mp
        if __name__ == "__main__":
            ctx = mp.get_context("forkserver")
            lock = ctx.Semaphore()
            with ctx.Pool(2) as pool:
                print(pool.map(abs, [-1, -2]))
        """,
    )
    result = runner.execute(name)
    assert runner.check(result).output == "[1, 2]\n"


def test_output_past_the_limit_is_an_error_and_never_cached(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir("loud.py", "while True:\n    print('x' * 1000)\n")
    started = time.monotonic()
    result = runner.Cache(fresh=False).get(name)
    assert time.monotonic() - started < 5  # killed at the limit, not at the timeout
    assert result.output_overflow and len(result.output) <= runner.OUTPUT_LIMIT
    with pytest.raises(runner.SnippetError, match=r"loud\.py printed more than 100,000 bytes"):
        runner.check(result)
    assert not list((tmp_path / "cache").glob("*.json"))


def test_output_that_is_not_utf8_is_an_error_naming_the_line(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir("bytes.py", "import sys\nprint('fine')\nsys.stdout.buffer.write(b'bad \\xff\\n')\n")
    result = runner.Cache(fresh=False).get(name)
    assert result.returncode == 0 and "\ufffd" not in result.output
    with pytest.raises(runner.SnippetError, match=r"bytes\.py printed bytes that are not UTF-8, at line 2"):
        runner.check(result)
    assert not list((tmp_path / "cache").glob("*.json"))


def test_a_corrupt_cache_entry_is_an_error_naming_it(snippet_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "CACHE_DIR", tmp_path / "cache")
    name = snippet_dir("ok.py", "print('ok')\n")
    runner.Cache(fresh=False).get(name)
    (entry,) = (tmp_path / "cache").glob("*.json")
    entry.write_text('{"path": "ok.py", "outp', "utf-8")  # a build killed mid-write, a disk error
    cache = runner.Cache(fresh=False)
    with pytest.raises(runner.SnippetError, match=rf"its cache entry .*{entry.name} is corrupt"):
        cache.get(name)
    entry.unlink()
    cache.reset_counts()  # the next build runs it again
    assert cache.get(name).output == "ok\n"


def test_snippets_get_keyboard_interrupt_even_when_the_build_was_started_with_sigint_ignored(tmp_path):
    """A build run as a background job inherits SIGINT ignored; its snippets must not (CI hung on one)."""
    (tmp_path / "handler.py").write_text(
        "import signal\nprint(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n"
    )
    program = (
        "import signal, sys\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a background job of a script starts\n"
        "from sitebuild import runner\n"
        "print(runner.execute('handler.py').output.strip())\n"
    )
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", program], cwd=runner.ROOT, env=env, capture_output=True, text=True
    )
    assert done.stdout.strip() == "True", done.stdout + done.stderr
