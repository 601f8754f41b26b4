"""The snippet tests assert the outputs the site publishes, not only fresh runs (tests/helpers.py).

A pytest run with TEST_SITE_DIR pointing at a site whose page shows a tampered
output of the race example (every deposit survived: the opposite of its lesson)
must fail, and the same site with the output the lesson predicts must pass.
"""

import os
import re
import subprocess
import sys

import pytest

from sitebuild import pythons, runner

TEST = "tests/snippets/threads/test_race_condition.py"
PAGE = """<html><body><div class="highlight" data-search-exclude="" data-snippet="threads/race_condition.py"
 data-python="{python}" data-returncode="0"><span class="filename">Output · {python}</span><pre><span></span><code>
expected balance: 2000
actual balance:   {actual}
</code></pre></div></body></html>"""


def pytest_with_site(site) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNIPPETS_")}
    env["TEST_SITE_DIR"] = str(site)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST]
    return subprocess.run(command, cwd=runner.ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(("actual", "passes"), [(1000, True), (2000, False)])
def test_a_published_output_that_contradicts_its_lesson_fails_the_suite(tmp_path, actual, passes):
    page = tmp_path / "threads" / "locks" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        PAGE.format(python=runner.interpreter_label(pythons.default()), actual=actual).replace(
            "<code>\n", "<code>"
        )
    )
    done = pytest_with_site(tmp_path)
    assert ("2 passed" in done.stdout) is passes, done.stdout[-2000:]
    if not passes:
        assert "1 failed, 1 passed" in done.stdout and "assert 2000 < 2000" in done.stdout


def test_every_snippet_on_every_page_shows_the_output_of_cpython_3_14(site):
    """The default output is 3.14's; other versions appear only beside it, in tabs (issue 23)."""
    if pythons.interpreter(pythons.DEFAULT) is None and not pythons.required():
        pytest.skip(pythons.missing_note(pythons.DEFAULT))
    block = re.compile(r'data-snippet="([^"]+)" data-python="([^"]+)"')
    wrong = []
    for page in sorted(site.rglob("*.html")):
        shown: dict[str, set[str]] = {}
        for snippet, python in block.findall(page.read_text("utf-8")):
            shown.setdefault(snippet, set()).add(python)
        for snippet, labels in shown.items():
            if not any(label.startswith(f"CPython {pythons.DEFAULT}.") for label in labels):
                wrong.append(f"{page.relative_to(site)}: {snippet} shows only {sorted(labels)}")
    assert not wrong, "\n".join(wrong)
    assert sum(1 for _ in site.rglob("*.html")) > 40  # the whole site was read
