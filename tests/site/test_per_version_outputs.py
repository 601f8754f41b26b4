"""The pythons= fence option: one tab per CPython, and a build that lacks one still works."""

import os
import platform
import re
import subprocess
import sys

from sitebuild import fences, pythons
from tests.site import small_site

CURRENT = platform.python_version()  # "3.11.7": this interpreter runs the current version's tab
# 3.14 is the default version: its tab is selected, whatever its place among the tabs.
VERSIONS = sorted({pythons.CURRENT, pythons.DEFAULT}, key=pythons._numeric)
FENCE = f'```snippet pythons="{" ".join(VERSIONS)} 3.99"\nversion.py\n```\n'
PAGES = {"index.md": f"# Home\n\n{FENCE}", "index.zh.md": f"# 首页\n\n{FENCE}"}


def build(tmp_path, *options, **env_vars):
    small_site.write(
        tmp_path, PAGES, {"version.py": "import sys\nprint(sys.version_info[:2])\n"}, ["index.md"]
    )
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path / "snippets"), NO_MKDOCS_2_WARNING="1")
    env.pop("SNIPPETS_REQUIRE_PYTHONS", None)  # .ci/run exports it
    env.update(env_vars)
    command = [sys.executable, "-m", "mkdocs", "build", *options, "-f", str(tmp_path / "mkdocs.yml")]
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
    return run.returncode, run.stdout + run.stderr


def test_each_version_gets_a_tab_and_a_missing_one_is_named_not_fatal(tmp_path):
    # This small site is built without --strict: mkdocs-static-i18n warns about its one-page nav.
    code, log = build(tmp_path)
    assert code == 0, log
    assert "INFO    -  snippets: CPython 3.99 not available to this build" in log
    assert "WARNING -  snippets" not in log
    english = (tmp_path / "site" / "index.html").read_text("utf-8")
    chinese = (tmp_path / "site" / "zh" / "index.html").read_text("utf-8")
    for page in (english, chinese):
        assert page.count('class="tabbed-set tabbed-alternate"') == 1  # one set of tabs
        checked = re.search(r'<input checked="checked" id="([^"]+)"', page)[1]
        assert re.search(rf'<label for="{checked}">CPython {pythons.DEFAULT}\.\d+</label>', page)
        assert f">CPython {CURRENT}</label>" in page  # the exact interpreter
        assert ">CPython 3.99</label>" in page
        assert f"{sys.version_info[:2]}" in page  # that interpreter's output
    assert "CPython 3.99 was not available to this build" in english
    assert f"输出 · CPython {CURRENT}" in chinese and "本次构建没有可用的 CPython 3.99" in chinese


def test_in_ci_a_missing_version_fails_the_strict_build(tmp_path):
    code, log = build(tmp_path, "--strict", SNIPPETS_REQUIRE_PYTHONS="1")
    assert code != 0, log
    assert "WARNING -  snippets: CPython 3.99 not available to this build" in log


def test_every_pythons_option_names_supported_versions_3_14_among_them_on_both_twins():
    """Which versions a fence shows is decided by gates/version_outputs.py; here, only their form."""
    used = [f for f in fences.snippet_fences() if "pythons" in f.options]
    assert len({f.snippet for f in used}) >= 5  # issue 12: at least five snippets show each version
    supported = [*pythons.VERSIONS, *pythons.FREE_THREADED]
    by_page = {}
    for fence in used:
        versions = fence.options["pythons"].split()
        where = f"docs/{fence.page}:{fence.line}: pythons={versions}"
        assert set(versions) <= set(supported), f"{where}: supported are {supported}"
        assert pythons.DEFAULT in versions, f"{where}: the default tab, {pythons.DEFAULT}, is missing"
        assert versions == sorted(versions, key=pythons._numeric), f"{where}: list them oldest first"
        by_page[fence.page.replace(".zh.md", ".md"), fence.snippet, fence.page.endswith(".zh.md")] = versions
    for (page, snippet, chinese), versions in by_page.items():
        if chinese:
            assert by_page.get((page, snippet, False)) == versions, (
                f"docs/{page}: {snippet} differs from its twin"
            )
