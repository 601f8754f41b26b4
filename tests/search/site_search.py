"""The built site's own search, run in Node: what a reader's search box returns, without a browser.

    from tests.search.site_search import search
    search(site, "zh", ["死锁", "可重入锁"])  # {query: [page paths, best first]}
    links(site, "", ["deadlock"])  # {query: [(each result's location, its link's ?h= words)]}

site_search.js loads Material's search worker from the built site and feeds it
that edition's index and the queries, as the browser does.  Needs ``node``
(CI installs it for Lighthouse); without it the tests are skipped locally and
fail in CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("site_search.js")


def search(site: Path, edition: str, queries: list[str]) -> dict[str, list[str]]:
    """{query: the pages the site's search lists for it, best first} ("" is the English edition)."""
    return {answer["query"]: answer["pages"] for answer in _run(site, edition, queries)}


def links(site: Path, edition: str, queries: list[str]) -> dict[str, list[tuple[str, str]]]:
    """{query: [(each result's location, the words its link's ?h= asks the page to highlight)]}."""
    return {
        answer["query"]: [tuple(link) for link in answer["links"]] for answer in _run(site, edition, queries)
    }


def _run(site: Path, edition: str, queries: list[str]) -> list[dict]:
    node = shutil.which("node")
    if not node:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("node is needed to run the site's search worker", pytrace=False)
        pytest.skip("node is not installed: the site's search worker cannot run")
    done = subprocess.run(
        [node, str(SCRIPT), str(site), edition, *queries],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
