"""sitebuild/rebuild_cache.py: a rebuild under `mkdocs serve` gives the pages a fresh build gives.

A small site is built twice in one process, as `mkdocs serve` does (a fresh
config, hooks imported again), with a prose edit in between; a build of the
edited site in a new process with the caches off must give the same files,
byte for byte.  The second build must have reused what did not change.
"""

import filecmp
import json
import os
import subprocess
import sys

from sitebuild import runner
from tests.site import small_site

PAGES = {
    "index.md": "# Home\n\nSee [the tabs](tabs.md#versions).\n\n```snippet\nhello.py\n```\n",
    "index.zh.md": "# 首页\n\n看[标签](tabs.md#versions)。\n\n```snippet\nhello.py\n```\n",
    "tabs.md": (
        "---\ntoc_depth: 2\n---\n# Tabs\n\n## Versions { #versions }\n\n### Deeper\n\n"
        '```snippet pythons="{current}" title="Versions"\nhello.py\n```\n\n'
        '```snippet source="tabbed-left" returncode="3"\nexits.py\n```\n'
    ),
}
SNIPPETS = {"hello.py": "print('hello, 你好')\n", "exits.py": "print('bye')\nraise SystemExit(3)\n"}
SERVE_LIKE = """
import json, sys
from pathlib import Path
from mkdocs.config import load_config
from mkdocs.commands.build import build
from sitebuild.plugin_state import STATE

def once(site):
    config = load_config({config!r}, site_dir=site)
    build(config)

once({first!r})
page = Path({page!r})
page.write_text(page.read_text("utf-8") + "\\nA new paragraph.\\n", "utf-8")
before = dict(STATE.cache_stats)
once({second!r})
print(json.dumps({{k: v - before.get(k, 0) for k, v in STATE.cache_stats.items()}}))
"""


def test_a_rebuild_with_the_caches_gives_the_files_a_fresh_build_gives(tmp_path):
    from sitebuild import pythons

    pages = dict(PAGES, **{"tabs.md": PAGES["tabs.md"].replace("{current}", pythons.CURRENT)})
    config = small_site.write(tmp_path, pages, SNIPPETS, list(pages))
    env = dict(os.environ, SNIPPETS_DIR=str(tmp_path / "snippets"), NO_MKDOCS_2_WARNING="1")
    env.pop("SITEBUILD_NO_REBUILD_CACHE", None)
    script = SERVE_LIKE.format(
        root=str(runner.ROOT),
        config=str(config),
        first=str(tmp_path / "first"),
        second=str(tmp_path / "second"),
        page=str(tmp_path / "docs" / "tabs.md"),
    )
    serve = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert serve.returncode == 0, serve.stderr
    reused = json.loads(serve.stdout.strip().splitlines()[-1])
    # only the edited page was converted again (twice: the Chinese edition falls back to it)
    assert reused["page_hits"] == 2 and reused["page_misses"] == 2
    assert reused["search_hits"] >= 2

    fresh_env = dict(env, SITEBUILD_NO_REBUILD_CACHE="1")
    fresh = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(tmp_path / "fresh")]
    run = subprocess.run(fresh, env=fresh_env, cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    different = _differences(filecmp.dircmp(tmp_path / "second", tmp_path / "fresh"))
    assert not different, different
    assert "A new paragraph." in (tmp_path / "second" / "tabs" / "index.html").read_text("utf-8")


def _differences(cmp: filecmp.dircmp) -> list[str]:
    found = [f"{cmp.left}/{name}" for name in cmp.left_only + cmp.right_only]
    found += [
        f"{cmp.left}/{name}" for name in cmp.diff_files if not name.endswith(".gz")
    ]  # gzip holds a time
    for sub in cmp.subdirs.values():
        found += _differences(sub)
    return found
