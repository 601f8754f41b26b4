"""Where a page's start-up goes: a Chrome trace of its load, on a phone-sized, slowed-down CPU.

    python gates/startup_trace.py site threads/threading-api/ [--runs 3]

Loads the page from SITE_DIR (served as GitHub Pages would, gates/site_server.py)
in Chromium at 412 x 823 with the CPU slowed 4x (Lighthouse's mobile profile),
and prints every style recalculation and layout that took over 3 ms: when, how
long, how many elements, and the JavaScript that forced it (function@column in
Material's minified bundle: read the code around that column of
site/assets/javascripts/bundle.*.min.js).  A recalculation of hundreds of
elements forced by the bundle after the first paint is the kind of work that
sitebuild/material_patches.py removes.

Timings vary from run to run, more on a busy machine: with --runs, compare the
totals, not one run.  Reported, never a gate.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from gates import site_server

CATEGORIES = [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "disabled-by-default-devtools.timeline.stack",
]
SHOWN_MS = 3


def trace(browser, url: str) -> list[dict]:
    context = browser.new_context(
        viewport={"width": 412, "height": 823}, device_scale_factor=1.75, is_mobile=True
    )
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
    browser.start_tracing(page=page, categories=CATEGORIES)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(2500)  # Material's start-up runs after the load event too
    events = json.loads(browser.stop_tracing())
    context.close()
    return events["traceEvents"] if isinstance(events, dict) else events


def report(events: list[dict]) -> dict[str, float]:
    """Print the restyles and layouts over SHOWN_MS; return the totals (ms) of each."""
    work = [e for e in events if e.get("ph") == "X" and e.get("name") in ("UpdateLayoutTree", "Layout")]
    start = min(e["ts"] for e in work)
    totals = {"UpdateLayoutTree": 0.0, "Layout": 0.0}
    for event in sorted(work, key=lambda e: e["ts"]):
        ms = event.get("dur", 0) / 1000
        totals[event["name"]] += ms
        if ms > SHOWN_MS:
            data = event.get("args", {})
            count = data.get("elementCount") or data.get("beginData", {}).get("dirtyObjects") or ""
            stack = data.get("beginData", {}).get("stackTrace") or []
            forced_by = " < ".join(
                f"{f.get('functionName') or '(anonymous)'}@{f.get('columnNumber')}" for f in stack[:4]
            )
            print(
                f"  {(event['ts'] - start) / 1000:6.0f} ms  {event['name']:<16} {ms:6.1f} ms  {count!s:>5}  {forced_by}"
            )
    print(f"  total: style {totals['UpdateLayoutTree']:.0f} ms, layout {totals['Layout']:.0f} ms")
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("site", type=Path, help="a built site")
    parser.add_argument("path", help="a page under the site, e.g. threads/threading-api/")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    chromium = site_server.chromium()
    if not chromium:
        return print("startup_trace: no Chromium found (apt-get install chromium, or set CHROME_PATH)") or 2
    from playwright.sync_api import sync_playwright

    with site_server.serve(args.site.resolve()) as home, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        print(f"startup_trace: /{args.path} at 412 x 823, CPU 4x slower; ms since the first restyle")
        style = []
        for run in range(args.runs):
            print(f"run {run + 1}:")
            style.append(report(trace(browser, home + args.path))["UpdateLayoutTree"])
        browser.close()
    if args.runs > 1:
        print(f"style recalculation, median of {args.runs} runs: {statistics.median(style):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
