"""The rules that make the site trustworthy, checked on the whole tree."""

import ast
import re
from pathlib import Path

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


def _offenders(problems: list[str]) -> str:
    return f"{len(problems)} problem(s):\n" + "\n".join(problems)


def test_every_snippet_has_its_own_test():
    problems = []
    for snippet in SNIPPETS:
        test = mirrored_test(snippet)
        if not test.is_file():
            problems.append(f"snippets/{snippet} needs a test at {test.relative_to(ROOT)}")
        elif f'"{snippet}"' not in test.read_text("utf-8"):
            problems.append(f"{test.relative_to(ROOT)} does not run {snippet}")
    assert not problems, _offenders(problems)


def test_every_snippet_is_shown_on_a_page():
    shown = {f.snippet for f in FENCES}
    problems = [
        f"snippets/{snippet} is not shown on any page" for snippet in SNIPPETS if snippet not in shown
    ]
    assert not problems, _offenders(problems)


def test_every_fence_names_an_existing_snippet():
    problems = [
        f"{f.where} shows a missing snippet {f.snippet!r}" for f in FENCES if f.snippet not in SNIPPETS
    ]
    assert not problems, _offenders(problems)


def test_every_fence_header_is_valid():
    """What the strict build would report (sitebuild/fences.py), listed for the whole site at once."""
    problems = [f"{f.where}: {error}" for f in FENCES for error in f.errors]
    assert not problems, _offenders(problems)


def test_no_python_code_is_written_inline_in_markdown():
    inline = [
        f"docs/{f.page}:{f.line}"
        for f in fences.all_fences()
        if f.lang in PYTHON_LANGS or "exec" in f.options
    ]
    assert not inline, f"Python code must live in snippets/ and be shown with a snippet fence: {inline}"


def hygiene_problems(snippet: str, source: str, test_source: str) -> list[str]:
    """What breaks the snippet rules of CONTRIBUTING in one snippet (and its test)."""
    problems = []
    tree = ast.parse(source)
    for node in ast.walk(tree):  # sleeps of at most 0.5 s
        name = getattr(node, "func", None) and getattr(node.func, "attr", getattr(node.func, "id", ""))
        constant = node.args[0] if name == "sleep" and node.args else None
        if isinstance(constant, ast.Constant) and constant.value > 0.5:
            problems.append(f"snippets/{snippet}:{node.lineno}: sleep({constant.value}) > 0.5 s")
    for number, line in enumerate(source.splitlines(), 1):  # deprecated names only where that is the point
        if DEPRECATED.search(line) and "deprecated" not in line.lower():
            problems.append(f"snippets/{snippet}:{number}: a deprecated name without saying so")
    uses_processes = re.search(r"\b(multiprocessing|ProcessPoolExecutor|os\.fork)\b", source)
    if uses_processes and "os.fork" not in source:
        if snippet not in WITHOUT_GUARD_ON_PURPOSE and not any(_is_main_guard(node) for node in tree.body):
            problems.append(f"snippets/{snippet}: process code needs the __main__ guard")
        if "each_start_method" not in test_source:
            problems.append(
                f"snippets/{snippet}: a multiprocessing snippet is tested under every start method"
            )
    return problems


def test_every_snippet_follows_the_rules():
    problems = []
    for snippet in SNIPPETS:
        test = mirrored_test(snippet)
        test_source = test.read_text("utf-8") if test.is_file() else ""
        problems += hygiene_problems(snippet, (runner.SNIPPETS / snippet).read_text("utf-8"), test_source)
    assert not problems, _offenders(problems)


def test_the_rules_catch_each_kind_of_offence():
    """The checks above are only worth something if they fail: each rule, broken once."""
    bad = (
        "import multiprocessing, time, threading\n"
        "time.sleep(2)\n"
        "threading.currentThread()\n"
        "multiprocessing.Process(target=print).start()\n"
    )
    problems = hygiene_problems("x/bad.py", bad, test_source="run_snippet('x/bad.py')")
    assert [p.split(": ", 1)[1] for p in problems] == [
        "sleep(2) > 0.5 s",
        "a deprecated name without saying so",
        "process code needs the __main__ guard",
        "a multiprocessing snippet is tested under every start method",
    ]
