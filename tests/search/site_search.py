"""The built site's own search, run in Node: what a reader's search box returns, without a browser.

    from tests.search.site_search import search
    search(site, "zh", ["死锁", "可重入锁"])  # {query: [page paths, best first]}

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
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {answer["query"]: answer["pages"] for answer in answers}
