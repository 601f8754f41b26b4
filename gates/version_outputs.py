"""Does a page show every output a snippet prints on the CPythons readers run?

    python gates/version_outputs.py            # every snippet the docs show, 3.11 to 3.15
    python gates/version_outputs.py threads/thread_exception.py

Pages show what a snippet printed under CPython 3.14 (sitebuild/pythons.py: DEFAULT).
This gate runs every snippet the docs show under each supported version, with that
version's default start method (what a reader who types ``python3.X snippets/...``
gets), and compares each output with 3.14's once what varies from run to run is
masked (``normalise``: addresses, build dates, every number, the order of lines):
what is compared is the text a version prints, not which thread got how many items
or which future finished first.  An output that differs is run again, up to ``RUNS``
times under both versions: two versions agree when any of their runs match, so a
snippet whose output merely varies between runs is not taken for a version difference.

Every output that disagrees with 3.14's must be on every page that shows the snippet
(both languages): each fence showing it has ``pythons="..."`` tabs that include 3.14
and that version, or a version that agrees with it (3.11 and 3.12 often print the
same thing: one tab shows both).
Otherwise the gate fails, naming the page, the line, the versions and what differs.
"""

from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sitebuild import fences, mkdocs_hooks, pythons, runner

#: Runs of each version at most, when its output and 3.14's differ.
RUNS = 3
_MASKS = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0x?"),  # object addresses
    (re.compile(r"\b[A-Z][a-z]{2} +\d{1,2} \d{4}, \d\d:\d\d:\d\d"), "DATE"),  # sys.version's build date
    (re.compile(r"\d+(?:\.\d+)*(?:e[-+]?\d+)?"), "N"),  # versions, timings, ids, line numbers, counts
]


def normalise(output: str) -> tuple[str, ...]:
    """What is compared: each line with its numbers masked, in sorted order."""
    lines = output.splitlines()
    for pattern, shown in _MASKS:
        lines = [pattern.sub(shown, line) for line in lines]
    return tuple(sorted(line.rstrip() for line in lines))


def _run(snippet: str, python: str) -> tuple[str, ...]:
    return normalise(runner.execute(snippet, python=python).output)


def compare(snippet: str, interpreters: dict[str, str]) -> tuple[dict, dict[str, set[str]]]:
    """({version: an output}, {version: the versions that printed the same}) for each version
    whose output never matched 3.14's (3.14's output is in the first too)."""
    default = pythons.DEFAULT
    seen = {version: {_run(snippet, python)} for version, python in interpreters.items()}
    differ = {v for v in seen if v != default and not seen[v] & seen[default]}
    for _ in range(RUNS - 1):
        if not differ:
            break
        seen[default].add(_run(snippet, interpreters[default]))
        for version in sorted(differ):
            seen[version].add(_run(snippet, interpreters[version]))
        differ = {v for v in differ if not seen[v] & seen[default]}
    agree = {v: {w for w in differ if seen[v] & seen[w]} for v in differ}  # one tab shows them all
    return {v: min(seen[v]) for v in differ | {default}}, agree


def problems(snippets: dict[str, list[fences.Fence]], interpreters: dict[str, str]) -> list[str]:
    """One line per snippet output that differs under some version and no page shows."""
    found: list[str] = []
    alone = fences.alone([f for shown in snippets.values() for f in shown])

    def check(snippet: str) -> None:
        outcome, agree = compare(snippet, interpreters)
        for fence in snippets[snippet]:  # every page's reader must see every output
            tabs = set(fence.options.get("pythons", "").split())
            for version in sorted(agree, key=pythons._numeric):
                if pythons.DEFAULT in tabs and agree[version] & tabs:
                    continue
                mine, default = set(outcome[version]), set(outcome[pythons.DEFAULT])
                found.append(
                    f"docs/{fence.page}:{fence.line}: snippets/{snippet} prints something else under "
                    f"CPython {version} than under {pythons.DEFAULT}, and this fence has no "
                    f'pythons="..." tab for {version} (or a version printing the same) beside {pythons.DEFAULT}\n'
                    f"    only under {version}: {sorted(mine - default)[:3]}\n"
                    f"    only under {pythons.DEFAULT}: {sorted(default - mine)[:3]}"
                )

    together = [s for s in snippets if not alone[s]]
    with ThreadPoolExecutor(max_workers=mkdocs_hooks.workers()) as pool:
        list(pool.map(check, together))
    for snippet in (s for s in snippets if alone[s]):
        check(snippet)
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "snippets", nargs="*", help="paths under snippets/ (default: every one the docs show)"
    )
    parser.add_argument("--docs", type=Path, default=fences.DOCS, help="the pages (default: docs/)")
    args = parser.parse_args()
    shown: dict[str, list[fences.Fence]] = {}
    for fence in fences.snippet_fences(args.docs):
        if fence.snippet and (not args.snippets or fence.snippet in args.snippets):
            shown.setdefault(fence.snippet, []).append(fence)
    interpreters = {v: pythons.interpreter(v) for v in pythons.VERSIONS}
    missing = sorted(v for v, python in interpreters.items() if python is None)
    if pythons.DEFAULT in missing or (missing and pythons.required()):
        print(f"version_outputs: FAILED, {'; '.join(pythons.missing_note(v) for v in missing)}")
        return 1
    for version in missing:
        print(f"  {version}: skipped, {pythons.missing_note(version)}")
    found = problems(shown, {v: p for v, p in interpreters.items() if p})
    print("\n".join(found))
    compared = ", ".join(v for v in interpreters if v not in missing)
    verdict = f"FAILED, {len(found)} output(s) not shown" if found else "passed"
    print(f"version_outputs: {verdict} ({len(shown)} snippets under CPython {compared})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
