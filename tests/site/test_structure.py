"""The rules that make the site trustworthy, checked on the whole tree."""

import ast
import re
from pathlib import Path

import pytest

from sitebuild import fences, runner

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = sorted(p.relative_to(runner.SNIPPETS).as_posix() for p in runner.SNIPPETS.rglob("*.py"))
FENCES = fences.snippet_fences()
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "pyodide"}
DEPRECATED = re.compile(
    r"\.(isAlive|setDaemon|isDaemon|getName|setName|isSet|notifyAll)\(|\b(currentThread|activeCount)\("
)


#: Snippets whose lesson is what goes wrong without the guard (their fence declares the exit code).
WITHOUT_GUARD_ON_PURPOSE = {"processes/main_guard_missing.py", "processes/main_guard_missing_forkserver.py"}


def _is_main_guard(node: ast.stmt) -> bool:
    """`if __name__ == "__main__":` as a statement (a comment or string does not count)."""
    return (
        isinstance(node, ast.If)
        and isinstance(node.test, ast.Compare)
        and isinstance(node.test.left, ast.Name)
        and node.test.left.id == "__name__"
        and isinstance(node.test.comparators[0], ast.Constant)
        and node.test.comparators[0].value == "__main__"
    )


def mirrored_test(snippet: str) -> Path:
    folder, _, name = snippet.rpartition("/")
    return ROOT / "tests" / "snippets" / folder / f"test_{name}"


def test_there_are_snippets():
    assert SNIPPETS and FENCES


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_has_its_own_test(snippet):
    test = mirrored_test(snippet)
    assert test.is_file(), f"snippets/{snippet} needs a test at {test.relative_to(ROOT)}"
    assert f'"{snippet}"' in test.read_text("utf-8"), f"{test.relative_to(ROOT)} does not run {snippet}"


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_is_shown_on_a_page(snippet):
    assert snippet in {f.snippet for f in FENCES}, f"snippets/{snippet} is not shown on any page"


@pytest.mark.parametrize("fence", FENCES, ids=lambda f: f"{f.page}:{f.line}")
def test_fence_names_an_existing_snippet(fence):
    assert fence.snippet in SNIPPETS, (
        f"docs/{fence.page}:{fence.line} shows a missing snippet {fence.snippet!r}"
    )


def test_no_python_code_is_written_inline_in_markdown():
    inline = [
        f"docs/{f.page}:{f.line}"
        for f in fences.all_fences()
        if f.lang in PYTHON_LANGS or "exec" in f.options
    ]
    assert not inline, f"Python code must live in snippets/ and be shown with a snippet fence: {inline}"


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_snippet_hygiene(snippet):
    source = (runner.SNIPPETS / snippet).read_text("utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):  # sleeps of at most 0.5 s
        name = getattr(node, "func", None) and getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name == "sleep" and node.args and isinstance(node.args[0], ast.Constant):
            assert node.args[0].value <= 0.5, f"line {node.lineno}: sleep({node.args[0].value}) > 0.5 s"
    for number, line in enumerate(source.splitlines(), 1):  # deprecated names only where that is the point
        if DEPRECATED.search(line):
            assert "deprecated" in line.lower(), f"line {number} uses a deprecated name without saying so"
    uses_processes = re.search(r"\b(multiprocessing|ProcessPoolExecutor|os\.fork)\b", source)
    if uses_processes and "os.fork" not in source:
        if snippet not in WITHOUT_GUARD_ON_PURPOSE:
            assert any(_is_main_guard(node) for node in tree.body), "process code needs the __main__ guard"
        test = mirrored_test(snippet).read_text("utf-8")
        assert "each_start_method" in test, "a multiprocessing snippet is tested under every start method"
