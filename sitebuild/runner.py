"""The one way a snippet is executed, shared by the MkDocs build and by pytest.

A snippet runs as a reader runs it: ``python -u snippets/<path>`` from the
repository root, in a subprocess with its own process group, stdout and stderr
on one pipe (the order as written).  A run fails if it leaves a process of its
group behind, times out, prints more than OUTPUT_LIMIT bytes or bytes that are
not UTF-8; none of these is cached.  Results are cached by the snippet's bytes,
the interpreter, snippets/requirements.txt and this file: in memory (one run per
build) and in ``.cache/snippets`` (``SNIPPETS_FRESH=1`` ignores it: CI and
deploys).  No path of the building machine reaches a page (``normalise``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# SNIPPETS_DIR lets the tooling's own tests point the runner at throw-away files.
SNIPPETS = Path(os.environ.get("SNIPPETS_DIR", ROOT / "snippets")).resolve()
CACHE_DIR = ROOT / ".cache" / "snippets"
START_METHOD_DIR = Path(__file__).resolve().parent / "start_method"

#: Seconds a snippet may run before its process group is killed.
TIMEOUT = float(os.environ.get("SNIPPETS_TIMEOUT", "20"))
#: Seconds to wait for the output pipe to close after the main process exits.
#: A snippet whose own children outlive it is a bug we report, not hide.
LINGER = 2.0
#: Bytes of output (stdout and stderr together) a snippet may print; past it, it is killed.
OUTPUT_LIMIT = int(os.environ.get("SNIPPETS_OUTPUT_LIMIT", str(100_000)))
START_METHODS = ("fork", "spawn", "forkserver")

# A snippet runs as from a reader's terminal, where Ctrl+C raises KeyboardInterrupt. A build
# or test run started as a background job inherits SIGINT ignored, and every process it
# starts would too (no KeyboardInterrupt, ever: a snippet that sends SIGINT waits forever).
# A handled signal is reset to its default in the programs we start; an ignored one is not.
if (
    threading.current_thread() is threading.main_thread()
    and signal.getsignal(signal.SIGINT) == signal.SIG_IGN
):
    signal.signal(signal.SIGINT, signal.default_int_handler)

_RUNNER_VERSION = hashlib.sha256(
    Path(__file__).read_bytes() + (START_METHOD_DIR / "sitecustomize.py").read_bytes()
).hexdigest()[:16]


class SnippetError(Exception):
    """A snippet is missing, timed out, or exited with an undeclared code."""


@dataclasses.dataclass(frozen=True)
class Result:
    path: str  # relative to snippets/, with forward slashes
    output: str  # stdout and stderr, interleaved as written
    returncode: int | None  # None when killed on timeout
    duration: float  # seconds of wall time
    python: str  # "CPython 3.11.7"
    timed_out: bool = False
    leftover_processes: bool = False
    cached: bool = False
    leftovers: tuple[str, ...] = ()  # the command lines of the processes it left behind
    output_overflow: bool = False  # printed more than OUTPUT_LIMIT bytes (and was killed)
    invalid_utf8: str = ""  # where its output stopped being UTF-8 ("" when it is)

    @property
    def failed_to_run(self) -> bool:  # ended in a way no fence can declare
        return self.timed_out or self.leftover_processes or self.output_overflow or bool(self.invalid_utf8)

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


def snippet_path(path: str | os.PathLike[str]) -> Path:
    """Resolve ``threads/start_and_join.py`` to the file under ``snippets/``."""
    full = (SNIPPETS / path).resolve()
    if SNIPPETS not in full.parents:
        raise SnippetError(f"snippets/{path}: not a path inside snippets/")
    if not full.is_file():
        raise SnippetError(f"snippets/{path}: no such file")
    return full


def execute(
    path: str,
    *,
    python: str | None = None,
    start_method: str | None = None,
    timeout: float | None = None,
) -> Result:
    """Run one snippet now, with no cache.  Never raises for a failing snippet."""
    file = snippet_path(path)
    python = python or sys.executable
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHON_COLORS="0", NO_COLOR="1")
    for name in ("PYTHONSTARTUP", "PYTHONPATH"):  # the builder's (a worktree on PYTHONPATH): not a reader's
        env.pop(name, None)
    if start_method:
        if start_method not in START_METHODS:
            raise ValueError(f"unknown start method {start_method!r}")
        env.update(SNIPPET_START_METHOD=start_method, PYTHONPATH=str(START_METHOD_DIR))
    rel = file.relative_to(ROOT).as_posix() if ROOT in file.parents else str(file)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [python, "-u", rel],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so we can kill all of it
    )
    chunks: list[bytes] = []
    overflow = threading.Event()

    def read() -> None:
        size = 0
        for chunk in iter(lambda: proc.stdout.read1(65536), b""):
            if size + len(chunk) > OUTPUT_LIMIT:
                chunks.append(chunk[: OUTPUT_LIMIT - size])
                overflow.set()
                _kill_group(proc.pid)
                break
            size += len(chunk)
            chunks.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    timed_out = False
    try:
        proc.wait(timeout=TIMEOUT if timeout is None else timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc.pid)
        proc.wait()
    duration = time.perf_counter() - started
    # What the snippet started may take a moment to end after it (a forkserver, the
    # resource tracker); whatever is still running after LINGER was left behind.
    deadline = time.monotonic() + LINGER
    reader.join(LINGER)
    leftovers = _group_members(proc.pid)
    while leftovers and time.monotonic() < deadline:
        time.sleep(0.02)
        leftovers = _group_members(proc.pid)
    leftover = bool(leftovers) or reader.is_alive()  # alive: a process outside the group holds the pipe
    _kill_group(proc.pid)  # always: nothing a snippet started outlives its run
    reader.join()
    proc.stdout.close()
    data = b"".join(chunks)
    try:
        text, invalid = data.decode("utf-8"), ""
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        text, invalid = data.decode("utf-8", "backslashreplace"), f"line {line} (byte {error.start})"
    if overflow.is_set():
        text = text[: text.rfind("\n") + 1]
    return Result(
        path=file.relative_to(SNIPPETS).as_posix(),
        output=normalise(text, python),
        returncode=None if timed_out else proc.returncode,
        duration=duration,
        python=interpreter_label(python),
        timed_out=timed_out,
        leftover_processes=leftover,
        leftovers=tuple(leftovers),
        output_overflow=overflow.is_set(),
        invalid_utf8=invalid,
    )


def _group_members(pgid: int) -> list[str]:
    """The command lines of the live (not zombie) processes of process group `pgid`."""
    try:
        os.killpg(pgid, 0)  # one system call: most runs leave an empty group
    except (ProcessLookupError, PermissionError):
        return []
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: the group has a process (perhaps a zombie)
        return [f"a process of group {pgid}"]
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid or fields[0] in ("Z", "X"):
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except (OSError, IndexError, ValueError):
            continue  # it ended while we looked
        found.append(f"{entry.name}: {command[:120]}")
    return found


def normalise(text: str, python: str | None = None) -> str:
    """Repository paths made relative; the interpreter's files shown as ``<stdlib>/threading.py``,
    ``<site-packages>/...`` or ``<python>/...``."""
    for prefix, shown in _path_replacements(python or sys.executable):
        text = text.replace(prefix, shown)
    return text.replace("\r\n", "\n")


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


#: The end of a free-threaded build's label: "CPython 3.14.2 free-threaded".
FREE_THREADED = " free-threaded"
_PROBE = """
import json, platform, site, sys, sysconfig
paths = sysconfig.get_paths()
free = " free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
print(json.dumps({
    "label": f"{platform.python_implementation()} {platform.python_version()}{free}",
    "<stdlib>": [paths["stdlib"], paths["platstdlib"]],
    "<site-packages>": [paths["purelib"], paths["platlib"], *site.getsitepackages()],
    "<python>": [sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix],
}))
"""


@functools.cache
def _describe(python: str) -> dict:
    """The interpreter's label ("CPython 3.12.1") and its installation's directories."""
    out = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def interpreter_label(python: str) -> str:
    return _describe(python)["label"]


def _path_replacements(python: str) -> list[tuple[str, str]]:
    """(absolute directory + separator, what to show instead), longest first."""
    info = _describe(python)
    pairs = {str(ROOT) + os.sep: ""}
    for shown in ("<stdlib>", "<site-packages>", "<python>"):
        for directory in info[shown]:
            for variant in {directory, os.path.realpath(directory)}:
                pairs.setdefault(variant.rstrip(os.sep) + os.sep, shown + "/")
    return sorted(pairs.items(), key=lambda pair: len(pair[0]), reverse=True)


def check(result: Result, expected_returncode: int = 0) -> Result:
    """Raise SnippetError unless the snippet ended as declared."""
    if result.timed_out:
        reason = f"timed out after {TIMEOUT:g} s (process group killed)"
    elif result.output_overflow:
        reason = (
            f"printed more than {OUTPUT_LIMIT:,} bytes (SNIPPETS_OUTPUT_LIMIT), so it was killed: "
            "a page shows a short output"
        )
    elif result.leftover_processes:
        reason = "left child processes running after it exited (killed): " + (
            "; ".join(result.leftovers) or "one holds its output open"
        )
    elif result.invalid_utf8:
        reason = f"printed bytes that are not UTF-8, at {result.invalid_utf8} (shown as \\x.. below)"
    elif result.returncode != expected_returncode:
        reason = f"exited with code {result.returncode}, expected {expected_returncode}"
    else:
        return result
    tail = "\n".join(result.lines[-12:]) or "(no output)"
    tail = "\n".join("    " + line for line in tail.splitlines())
    raise SnippetError(f"snippets/{result.path} {reason}\n  last lines of its output:\n{tail}")


class Cache:
    """Run each snippet at most once per key; share results across pages and rebuilds."""

    def __init__(self, fresh: bool | None = None) -> None:
        self.fresh = os.environ.get("SNIPPETS_FRESH", "") not in ("", "0") if fresh is None else fresh
        self._futures: dict[str, Future[Result]] = {}
        self._lock = threading.Lock()
        self._failed: set[str] = set()  # keys of runs that did not end as declared
        self.executed: list[str] = []  # paths run (not served from a cache) since reset_counts()
        self.runs: list[tuple[str, str]] = []  # the same runs, as (path, interpreter label)
        self.generation = 0  # counts the results this cache took in: unchanged, every result is the same

    def reset_counts(self) -> None:
        """A new build: count afresh, and run again what failed last time (never replay a failure)."""
        self.executed = []
        self.runs = []
        with self._lock:
            for key in self._failed:
                self._futures.pop(key, None)
            self._failed.clear()

    def key(self, path: str, python: str | None = None) -> str:
        python = python or sys.executable
        requirements = ROOT / "snippets" / "requirements.txt"
        requirements = requirements.read_bytes() if requirements.is_file() else b""
        parts = [snippet_path(path).read_bytes(), python.encode(), interpreter_label(python).encode()]
        return hashlib.sha256(b"\0".join([*parts, requirements, _RUNNER_VERSION.encode()])).hexdigest()

    def get(self, path: str, python: str | None = None, returncode: int = 0) -> Result:
        """The result of running snippets/<path> with `python` (default: this interpreter); only a
        run that ended as declared is kept on disk: one flaky crash is not replayed by later builds."""
        key = self.key(path, python)
        with self._lock:
            future = self._futures.get(key)
            owner = future is None
            if owner:
                future = self._futures[key] = Future()
                self.generation += 1
        if owner:
            try:
                future.set_result(self._load_or_run(path, key, python, returncode))
            except BaseException as error:  # noqa: BLE001 - handed to every waiter
                with self._lock:
                    self._failed.add(key)  # tried again at the next build
                future.set_exception(error)
        return future.result()

    def _load_or_run(self, path: str, key: str, python: str | None, returncode: int) -> Result:
        file = CACHE_DIR / f"{key}.json"
        if not self.fresh and file.exists():
            try:
                fields = json.loads(file.read_text("utf-8"))
                fields["leftovers"] = tuple(fields.get("leftovers", ()))
                return dataclasses.replace(Result(**fields), cached=True)
            except (ValueError, TypeError, UnicodeDecodeError) as error:
                shown = file.relative_to(ROOT) if ROOT in file.parents else file
                raise SnippetError(
                    f"snippets/{path}: its cache entry {shown} is corrupt ({type(error).__name__}: {error}); "
                    "delete it (or all of .cache/snippets) and build again"
                ) from None
        result = execute(path, python=python)
        self.executed.append(result.path if python is None else f"{result.path} ({result.python})")
        self.runs.append((result.path, result.python))
        if result.failed_to_run or result.returncode != returncode:
            with self._lock:
                self._failed.add(key)
        else:
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            tmp = file.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(dataclasses.asdict(result)), "utf-8")
            tmp.replace(file)  # atomic: concurrent builds never read half a file
        return result
