"""The snippet tests assert the outputs the site publishes, not only fresh runs (tests/helpers.py).

A pytest run with TEST_SITE_DIR pointing at a site whose page shows a tampered
output of the race example (every deposit survived: the opposite of its lesson)
must fail, and the same site with the output the lesson predicts must pass.
"""

import os
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
