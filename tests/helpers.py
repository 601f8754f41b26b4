"""What every snippet test uses: the project's runner, and the outputs the site published.

Every snippet test runs its snippet afresh.  With TEST_SITE_DIR set (CI: the
build it publishes), it runs once more on the output that build put on the
pages (tests/snippets/conftest.py): the same assertions, on what readers see.
A published output that contradicts its lesson fails the suite, even when a
fresh run happens to pass.
"""

from __future__ import annotations

import functools
import html.parser
import os
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from sitebuild import pythons, runner

#: The interpreter the snippets run with: the one whose output pages show by default
#: (CPython 3.14, sitebuild/pythons.py), or another: SNIPPETS_PYTHON=python3.12 pytest
PYTHON = os.environ.get("SNIPPETS_PYTHON") or pythons.default()

#: Parametrise a test over fork, spawn and forkserver: the snippet's code is
#: unchanged, only its default start method differs (see sitebuild/start_method/).
each_start_method = pytest.mark.parametrize("start_method", runner.START_METHODS)


def python_version(result: runner.Result) -> tuple[int, int]:
    """(3, 12) for a result of "CPython 3.12.1": tests branch on it where behaviour changed."""
    major, minor = result.python.split()[1].split(".")[:2]
    return int(major), int(minor)


#: "fresh" (run the snippet now) or "published" (the built site's output); set per test.
SOURCE = {"now": "fresh"}
SITE = os.environ.get("TEST_SITE_DIR")


@functools.cache
def default_start_method(python: str = PYTHON) -> str:
    """The start method a snippet gets unless it asks: on Linux fork up to 3.13, forkserver from 3.14."""
    probe = "import multiprocessing; print(multiprocessing.get_start_method())"
    return subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.strip()


def run_snippet(path: str, returncode: int = 0, start_method: str | None = None) -> runner.Result:
    """Run snippets/<path> exactly as the build does; fail unless it exits with `returncode`.

    In the "published" pass, the result is the output the built site shows instead.
    """
    if SOURCE["now"] == "published":
        result = published_result(path, start_method)
    else:
        result = runner.execute(path, python=PYTHON, start_method=start_method)
    try:
        runner.check(result, returncode)
    except runner.SnippetError as error:
        pytest.fail(str(error), pytrace=False)
    return result


class _OutputBlocks(html.parser.HTMLParser):
    """The output blocks of one page: <div data-snippet=... data-python=... data-returncode=...>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, int, str]] = []
        self._block: dict | None = None
        self._in_code = False
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "data-snippet" in a:
            self._block, self._text = a, []
        elif tag == "code" and self._block is not None:
            self._in_code = True

    def handle_endtag(self, tag):
        if tag == "code" and self._in_code:
            a, self._in_code = self._block, False
            self.blocks.append(
                (a["data-snippet"], a["data-python"], int(a["data-returncode"]), "".join(self._text))
            )
            self._block = None

    def handle_data(self, data):
        if self._in_code:
            self._text.append(data)


@functools.cache
def published_outputs() -> dict[tuple[str, str], set[tuple[str, int]]]:
    """{(snippet, interpreter): {(output, exit code)}} of every page of the site at TEST_SITE_DIR."""
    found: dict[tuple[str, str], set[tuple[str, int]]] = defaultdict(set)
    from sitebuild import mkdocs_hooks  # the build's own words; imported here, where a built site is read

    empty = {words["none"] for words in mkdocs_hooks.LABELS.values()}
    for page in sorted(Path(SITE).rglob("*.html")):
        parser = _OutputBlocks()
        parser.feed(page.read_text("utf-8"))
        for snippet, python, code, text in parser.blocks:
            text = text.rstrip("\n")  # the page shows it without its last newline, or "(no output)"
            found[snippet, python].add(("" if text in empty else text + "\n", code))
    return dict(found)


def is_published(path: str, start_method: str | None) -> bool:
    """Does the built site show a run of snippets/<path> like this test's (interpreter, start method)?"""
    if start_method not in (None, default_start_method()):
        return False
    return (path, runner.interpreter_label(PYTHON)) in published_outputs()


def published_result(path: str, start_method: str | None) -> runner.Result:
    label = runner.interpreter_label(PYTHON)
    if not is_published(path, start_method):
        pytest.fail(f"{SITE} shows no output of snippets/{path} under {label}, {start_method}", pytrace=False)
    runs = published_outputs()[path, label]
    assert len(runs) == 1, f"the site shows {len(runs)} different runs of snippets/{path} under {label}"
    output, code = next(iter(runs))
    return runner.Result(path=path, output=output, returncode=code, duration=0.0, python=label, cached=True)
