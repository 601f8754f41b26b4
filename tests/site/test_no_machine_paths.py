"""No path of the build machine reaches the built site (issue 12, finding 11).

Walks every text file of the built site (the ``site`` fixture: TEST_SITE_DIR,
CI's build, or else a fresh strict build; tests/conftest.py).
The runner shows the snippets' own files relative to the repository root and
the interpreter's as ``<stdlib>/...``, ``<site-packages>/...``
(sitebuild/runner.py: normalise); this test checks the result on every page.
"""

from __future__ import annotations

import os
import re
import sys
import sysconfig
from pathlib import Path

from sitebuild import pythons, runner

ROOT = runner.ROOT
TEXT = {".html", ".json", ".xml", ".txt", ".js", ".css", ".svg"}


def machine_paths() -> dict[str, str]:
    """What must never appear on the site, and why."""
    found = {
        str(ROOT): "the repository root",
        os.path.realpath(ROOT): "the repository root",
        str(Path.home()) + "/": "the home directory",
        os.path.realpath(Path.home()) + "/": "the home directory",
        "/.pyenv/": "pyenv's interpreters",
        sys.prefix: "the .venv",
        sys.base_prefix: "the interpreter's installation",
        sysconfig.get_paths()["purelib"]: "the .venv's site-packages",
        sysconfig.get_paths()["stdlib"]: "the standard library",
    }
    for version in pythons.VERSIONS:
        base = pythons.find(version)
        if base:
            found[str(Path(base).resolve().parent.parent)] = f"the CPython {version} installation"
    return {path: why for path, why in found.items() if len(path) > 2}


def test_no_page_shows_a_path_of_the_build_machine(site):
    paths = machine_paths()
    pattern = re.compile("|".join(re.escape(p) for p in sorted(paths, key=len, reverse=True)))
    files = [f for f in site.rglob("*") if f.suffix in TEXT and f.is_file()]
    assert any(f.name == "index.html" for f in files)
    leaks = []
    for file in files:
        text = file.read_text("utf-8", "replace")
        for match in pattern.finditer(text):
            context = text[max(0, match.start() - 60) : match.end() + 40].replace("\n", " ")
            leaks.append(f"{file.relative_to(site)}: {paths[match[0]]}: ...{context}...")
    assert not leaks, f"{len(leaks)} build-machine paths on the site:\n" + "\n".join(leaks[:20])


def test_the_runner_shows_stdlib_frames_without_the_interpreter_path():
    python_lib = sysconfig.get_paths()["stdlib"]
    text = f'  File "{python_lib}/threading.py", line 1, in run\n  File "{ROOT}/snippets/x.py", line 2'
    assert (
        runner.normalise(text)
        == '  File "<stdlib>/threading.py", line 1, in run\n  File "snippets/x.py", line 2'
    )
