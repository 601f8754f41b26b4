"""gates/version_outputs.py fails when a snippet prints something else under another CPython and
no tab shows it, and passes once a tab does (issue 23). A throw-away snippet and page each time."""

import os
import subprocess
import sys

import pytest

from sitebuild import pythons

ROOT = pythons.ROOT
# Prints one thing up to 3.13 and another from 3.14 on; the address and the timing vary every run.
SNIPPET = """import sys, time
print("start method default changed" if sys.version_info >= (3, 14) else "fork by default")
print(f"object at {hex(id(object()))}, took {time.perf_counter() % 1:.3f} s")
"""


def gate(tmp_path, fence_options: str) -> subprocess.CompletedProcess:
    (tmp_path / "snippets").mkdir(exist_ok=True)
    (tmp_path / "snippets" / "changed.py").write_text(SNIPPET)
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "page.md").write_text(f"# Page\n\n```snippet{fence_options}\nchanged.py\n```\n")
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path / "snippets"))
    command = [sys.executable, "gates/version_outputs.py", "--docs", str(docs)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(autouse=True)
def _all_versions():
    missing = [v for v in pythons.VERSIONS if pythons.interpreter(v) is None]
    if missing and not pythons.required():
        pytest.skip("; ".join(pythons.missing_note(v) for v in missing))


def test_an_output_that_differs_without_a_tab_fails_naming_page_line_and_version(tmp_path):
    run = gate(tmp_path, "")
    assert run.returncode == 1, run.stdout
    assert "docs/page.md:3: snippets/changed.py prints something else under CPython 3.11" in run.stdout
    assert "only under 3.11: ['fork by default']" in run.stdout
    assert "only under 3.14: ['start method default changed']" in run.stdout
    assert (
        "under CPython 3.15" not in run.stdout
    )  # 3.15 prints what 3.14 prints; addresses and timings are masked
    assert "version_outputs: FAILED, 3 output(s) not shown" in run.stdout  # 3.11, 3.12, 3.13


def test_one_tab_shows_every_version_that_prints_the_same(tmp_path):
    assert gate(tmp_path, ' pythons="3.13 3.14"').returncode == 0
    run = gate(tmp_path, ' pythons="3.14 3.15"')  # 3.15 agrees with 3.14: the older output is not shown
    assert run.returncode == 1 and "3 output(s) not shown" in run.stdout, run.stdout
