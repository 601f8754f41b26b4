"""Lighthouse bars for the built site: mobile profile, three pages.

    python tools/lighthouse.py [SITE_DIR]     # default: build the site into a temp dir

The pages are found in the built site, not listed here: the home page, the
longest chapter page (the biggest page in a chapter folder such as threads/)
and the lab page (the biggest page under lab/, when there is one).  Each is
served on 127.0.0.1 as GitHub Pages would serve it (tools/site_server.py) and
measured by Lighthouse (npm ``lighthouse``, pinned in package.json; run
``npm ci`` first) in Debian's Chromium (``CHROME_PATH``, default
``shutil.which("chromium")``).  Prints the four scores of each page and exits
non-zero if any is below the bar:

    performance >= 0.95, accessibility = best practices = SEO = 1.00

Performance is timing, and timing is noisy, so each page is measured RUNS = 5
times and judged by the median performance score, as Lighthouse's own guidance
suggests (docs/variability.md, "Run Lighthouse multiple times": the median of
five runs halves the variance).  Headless Chromium adds noise of its own: now
and then it paints a page a whole second late (GoogleChrome/lighthouse#17148),
and that run scores several points lower.  The other three categories do not
depend on timing and are judged on the first run, which measures all four.
Reports are written as JSON to --reports (default: a temp dir) for a closer look.
``--advisory performance`` still prints a category's scores and what costs
points, but does not fail on it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import site_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
BARS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
RUNS = 5
CHROME_FLAGS = ["--headless=new", *site_server.CHROMIUM_FLAGS]
_LANGUAGE_DIR = re.compile(r"^[a-z]{2}(-[a-z]+)?$")  # zh/, pt-br/: another edition of the same pages


def pages(site: Path) -> dict[str, str]:
    """{label: path under the site} for the home page, the longest chapter page, the lab page."""
    found = {"home": ""}
    editions = {d.name for d in site.iterdir() if d.is_dir() and _LANGUAGE_DIR.match(d.name)}
    chapter_pages = [
        p for p in site.glob("*/*/index.html") if p.parts[-3] not in editions | {"lab", "assets", "search"}
    ]
    if chapter_pages:
        longest = max(chapter_pages, key=_text_length)
        found["longest chapter page"] = longest.parent.relative_to(site).as_posix() + "/"
    lab = sorted((site / "lab").rglob("index.html"), key=_text_length) if (site / "lab").is_dir() else []
    if lab:
        found["lab"] = lab[-1].parent.relative_to(site).as_posix() + "/"
    return found


def _text_length(page: Path) -> int:
    """Characters of the article's text: what a reader reads, not markup."""
    html = page.read_text("utf-8")
    article = re.search(r"<article\b.*?</article>", html, re.S)
    return len(re.sub(r"<[^>]+>", "", article.group(0) if article else html))


def audit(url: str, report: Path, chrome: str, categories: tuple[str, ...] = tuple(BARS)) -> dict[str, float]:
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
        "--advisory",
        action="append",
        default=[],
        choices=sorted(BARS),
        help="report, but do not fail on, this category",
    )
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        return print("lighthouse: no Chromium found (apt-get install chromium, or set CHROME_PATH)") or 2
    if not LIGHTHOUSE.exists():
        return print(f"lighthouse: {LIGHTHOUSE.relative_to(ROOT)} is missing: run `npm ci` first") or 2
    site = (args.site or build_site()).resolve()
    reports = args.reports or Path(tempfile.mkdtemp(prefix="lighthouse-reports-"))
    reports.mkdir(parents=True, exist_ok=True)
    failed = False
    advisory_misses: list[str] = []
    with site_server.serve(site) as home:
        print(f"lighthouse: mobile profile, {home} ({site})")
        print(f"  {'page':<22} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5}  path")
        for label, path in pages(site).items():
            report = reports / f"{label.replace(' ', '-')}.json"
            runs = [audit(home + path, report, chrome)]
            while len(runs) < RUNS:
                again = reports / f"{label.replace(' ', '-')}-{len(runs)}.json"
                runs.append(audit(home + path, again, chrome, ("performance",)))
            scores = dict(runs[0])
            scores["performance"] = statistics.median(r["performance"] for r in runs)
            low = {name for name, bar in BARS.items() if scores[name] < bar}
            shown = " ".join(f"{scores[name]:5.2f}" for name in BARS)
            note = f"  (performance: median of {sorted(r['performance'] for r in runs)})"
            print(f"  {label:<22} {shown}  /{path}{note}", flush=True)
            if low:
                failed = failed or bool(low - set(args.advisory))
                advisory_misses += [f"{name} on {label}" for name in sorted(low & set(args.advisory))]
                print(
                    f"    BELOW THE BAR: {', '.join(sorted(low))}"
                    + (" (advisory)" if low <= set(args.advisory) else "")
                )
                print("\n".join(failing_audits(report)))
    bars = ", ".join(f"{name} >= {bar:.2f}" for name, bar in BARS.items())
    verdict = (
        "FAILED"
        if failed
        else "passed" + (f", except advisory {', '.join(advisory_misses)}" if advisory_misses else "")
    )
    print(f"lighthouse: {verdict} ({bars}); reports in {reports}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
