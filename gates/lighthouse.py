"""Lighthouse on the built site: mobile profile, the pages readers land on most.

    python gates/lighthouse.py [SITE_DIR]     # default: build the site into a temp dir

The pages are found in the built site, not listed here: the home page, the
longest chapter page (the biggest page in a chapter folder such as threads/),
the lab page (the biggest page under lab/, when there is one), the questions
page (when there is one) and the Chinese home page.  Each is served on
127.0.0.1 as GitHub Pages would serve it (gates/site_server.py) and measured
by Lighthouse (npm ``lighthouse``, pinned in package.json; run ``npm ci``
first) in Debian's Chromium (``CHROME_PATH``, default ``shutil.which("chromium")``).

Two kinds of figure, treated differently:

- **Blocking**: accessibility, best practices and SEO must be 1.00.  They do
  not depend on timing, so they are judged on one run; the script exits 1 if
  one is lower.
- **Reported**: performance is timing, and on a shared machine timing depends
  on what else the machine is doing (the same commit scored a median of 0.97
  on one machine and 0.92 on another, quiet, one).  Each page is measured
  RUNS = 5 times (Lighthouse's docs/variability.md); the script prints the
  median and the minimum against the target of 0.95 and, for the slowest run,
  the metrics that cost points.  It never fails on them: the page budgets
  (gates/page_budget.py) are what blocks a page that grows.

Reports are written as JSON to --reports (default: a temp dir) for a closer look.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gates import site_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
BARS = {"accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}  # blocking: no timing in them
TARGET = {"performance": 0.95}  # reported, never blocking: timing depends on the machine's load
RUNS = 5
CHROME_FLAGS = ["--headless=new", *site_server.CHROMIUM_FLAGS]


def pages(site: Path) -> dict[str, str]:
    """{label: path under the site}: home, longest chapter page, lab, questions, Chinese home."""
    found = {"home": ""}
    editions = site_server.editions(site)
    chapter_pages = [
        p for p in site.glob("*/*/index.html") if p.parts[-3] not in editions | {"lab", "assets", "search"}
    ]
    if chapter_pages:
        longest = max(chapter_pages, key=_text_length)
        found["longest chapter page"] = longest.parent.relative_to(site).as_posix() + "/"
    lab = sorted((site / "lab").rglob("index.html"), key=_text_length) if (site / "lab").is_dir() else []
    if lab:
        found["lab"] = lab[-1].parent.relative_to(site).as_posix() + "/"
    if (site / "questions" / "index.html").is_file():
        found["questions"] = "questions/"
    for edition in sorted(editions):
        found[f"home ({edition})"] = f"{edition}/"
    return found


def _text_length(page: Path) -> int:
    """Characters of the article's text: what a reader reads, not markup."""
    html = page.read_text("utf-8")
    article = re.search(r"<article\b.*?</article>", html, re.S)
    return len(re.sub(r"<[^>]+>", "", article.group(0) if article else html))


def audit(
    url: str, report: Path, chrome: str, categories: tuple[str, ...] = (*TARGET, *BARS)
) -> dict[str, float]:
    """One Lighthouse run (mobile, its default): {category: score}."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
        f"--only-categories={','.join(categories)}",
    ]
    env = dict(os.environ, CHROME_PATH=chrome)
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if run.returncode or not report.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{run.stdout}{run.stderr}")
    result = json.loads(report.read_text("utf-8"))
    if result.get("runtimeError"):
        raise SystemExit(f"lighthouse could not load {url}: {result['runtimeError']}")
    return {name: category["score"] for name, category in result["categories"].items()}


def failing_audits(report: Path) -> list[str]:
    """The audits that cost points, for a message that says what to fix."""
    result = json.loads(report.read_text("utf-8"))
    lines = []
    for name, category in result["categories"].items():
        for ref in category["auditRefs"]:
            item = result["audits"][ref["id"]]
            if ref["weight"] and item["score"] is not None and item["score"] < 1:
                shown = item.get("displayValue", "")
                lines.append(
                    f"    {name}: {ref['id']} ({item['score']:.2f}) {item['title']} {shown}".rstrip()
                )
    return lines


def build_site() -> Path:
    site = Path(tempfile.mkdtemp(prefix="lighthouse-site-"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return site


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("site", nargs="?", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--reports", type=Path, help="folder for the JSON reports (default: a temp dir)")
    parser.add_argument(
        "--page", action="append", help="only this page (its label, e.g. questions); repeatable"
    )
    args = parser.parse_args()
    chrome = site_server.chromium()
    if not chrome:
        return print("lighthouse: no Chromium found (apt-get install chromium, or set CHROME_PATH)") or 2
    if not LIGHTHOUSE.exists():
        return print(f"lighthouse: {LIGHTHOUSE.relative_to(ROOT)} is missing: run `npm ci` first") or 2
    site = (args.site or build_site()).resolve()
    reports = args.reports or Path(tempfile.mkdtemp(prefix="lighthouse-reports-"))
    reports.mkdir(parents=True, exist_ok=True)
    failed = []
    missed = []
    with site_server.serve(site) as home:
        print(f"lighthouse: mobile profile, {home} ({site})")
        print(
            f"  {'page':<22} {'a11y':>5} {'best':>5} {'seo':>5}   performance (reported): median, min of {RUNS}"
        )
        for label, path in pages(site).items():
            if args.page and label not in args.page:
                continue
            stem = re.sub(r"\W+", "-", label).strip("-")
            runs = [(reports / f"{stem}-0.json", audit(home + path, reports / f"{stem}-0.json", chrome))]
            while len(runs) < RUNS:
                report = reports / f"{stem}-{len(runs)}.json"
                runs.append((report, audit(home + path, report, chrome, tuple(TARGET))))
            scores = runs[0][1]
            performance = sorted(r["performance"] for _, r in runs)
            median, low = statistics.median(performance), performance[0]
            shown = " ".join(f"{scores[name]:5.2f}" for name in BARS)
            print(f"  {label:<22} {shown}   {median:.2f}, {low:.2f} {performance}  /{path}", flush=True)
            below = [name for name, bar in BARS.items() if scores[name] < bar]
            if below:
                failed.append(f"{', '.join(below)} on {label}")
                print(f"    BELOW THE BAR: {', '.join(below)}")
                print(
                    "\n".join(line for line in failing_audits(runs[0][0]) if not line.startswith("    perf"))
                )
            if low < TARGET["performance"]:
                missed.append(label)
                slowest = min(runs, key=lambda run: run[1]["performance"])[0]
                print(
                    f"    performance {low:.2f} < {TARGET['performance']:.2f} in its slowest run; what cost points:"
                )
                print("\n".join(line for line in failing_audits(slowest) if line.startswith("    perf")))
    bars = ", ".join(f"{name} >= {bar:.2f}" for name, bar in BARS.items())
    print(f"lighthouse: {'FAILED: ' + '; '.join(failed) if failed else 'passed'} ({bars}; blocking)")
    print(
        f"lighthouse: performance (reported, not blocking): every run >= {TARGET['performance']:.2f} "
        + (f"except on {', '.join(missed)}" if missed else "on every page")
        + f"; reports in {reports}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
