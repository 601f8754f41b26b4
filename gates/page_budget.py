"""Page budgets: what each page of the built site costs a reader, computed from the built files.

    python gates/page_budget.py site             # every page's figures against its budget
    python gates/page_budget.py site --update    # budgets = today's largest figures + MARGIN

Unlike a Lighthouse score, these figures do not depend on how fast or how busy
the machine is: the same site gives the same figures everywhere, so CI blocks
on them (tests/site/test_page_budget.py) and only reports timings.

A page loads what its HTML names -- its stylesheets and scripts, its icon and
the images not marked ``loading="lazy"`` -- and what Material's bundle fetches
at start-up: the search worker named in ``__config`` (the site's: overrides/main.html)
and that edition's sitemap (instant navigation).  Opening search fetches the
edition's search index, Material's worker (named after the "#"), which the
site's imports with the index, and the lunr language scripts Material's imports
for the index's languages (overrides/main.html: not at start-up).
tests/browser/test_site.py checks that a real browser requests exactly these,
at each moment.  For each page:

- ``html``, ``css``, ``js``, ``sitemap``, ``images``: bytes sent gzipped
  (level 6, as a web server sends them; PNGs as they are), in KB, and their
  ``total``;
- ``requests``: how many; ``blocking``: stylesheets and scripts that hold up
  the first paint (in <head>, not async/defer/module);
- ``elements``: DOM elements in the HTML as served;
- ``startup_js``: KB of JavaScript the browser parses at start-up (inline,
  files and the search worker, uncompressed: parsing works on the real size);
- ``search``: KB gzipped that opening search fetches (index, Material's worker, lunr scripts),
  not part of the page load above.

Budgets are per page type -- home, chapter page, lab, questions, each in both editions --
in gates/page_budgets.json.  A page over a budget fails with a message naming
the page, the figure and the budget.
"""

from __future__ import annotations

import argparse
import gzip
import html.parser
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from gates import site_server

ROOT = Path(__file__).resolve().parent.parent

BUDGETS = ROOT / "gates" / "page_budgets.json"
MARGIN = 0.05  # --update: a budget is today's largest figure plus 5 % (counts of requests: exact)
FIGURES = (
    *("html", "css", "js", "sitemap", "images", "total"),
    *("requests", "blocking", "elements", "startup_js", "search"),
)
EXACT = ("requests", "blocking")  # one more request is a decision, not drift: no margin


@dataclass
class _Page(html.parser.HTMLParser):
    """What one HTML page names: its resources and its elements."""

    styles: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    blocking: int = 0
    elements: int = 0
    inline_js: int = 0
    config: str = ""
    _in_head: bool = False
    _script: dict | None = None

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements += 1
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        elif tag == "link" and "stylesheet" in (a.get("rel") or "").split():
            self.styles.append(a["href"])
            self.blocking += a.get("media") in (None, "all", "screen")
        elif tag == "script":
            self._script = a
            if a.get("src"):
                self.scripts.append(a["src"])
                deferred = "async" in a or "defer" in a or a.get("type") == "module"
                self.blocking += self._in_head and not deferred
        elif tag == "img" and a.get("src") and a.get("loading") != "lazy":
            self.images.append(a["src"])
        elif tag == "link" and "icon" in (a.get("rel") or "").split():
            self.images.append(a["href"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is None or self._script.get("src"):
            return
        if self._script.get("id") == "__config":
            self.config += data
        elif self._script.get("type") in (None, "text/javascript", "module"):
            self.inline_js += len(data.encode())


def page_type(site: Path, page: Path) -> str:
    """'home', 'chapter', 'lab' or 'questions' (one long page of links), with ' zh' for the Chinese edition."""
    parts = page.relative_to(site).parts[:-1]
    edition = f" {parts[0]}" if parts and parts[0] in site_server.editions(site) else ""
    parts = parts[1:] if edition else parts
    kind = "home" if not parts else parts[0] if parts[0] in ("lab", "questions") else "chapter"
    return kind + edition


def pages(site: Path) -> list[Path]:
    """Every page a reader opens: each index.html but Material's own folders."""
    return sorted(
        p for p in site.rglob("index.html") if not {"assets", "search"} & set(p.relative_to(site).parts)
    )


def _gzipped(path: Path) -> int:
    data = path.read_bytes()
    return len(data) if path.suffix == ".png" else len(gzip.compress(data, 6, mtime=0))


def resources(site: Path, page: Path) -> tuple[_Page, dict[str, list[Path]]]:
    """The parsed page, and the files that loading it fetches, by kind."""
    parsed, config = _parse(page)
    worker = [config["search"].partition("#")[0]] if config.get("search") else []  # relative to the page
    found = {
        "html": [page],
        "css": _files(site, page, parsed.styles),
        "js": _files(site, page, parsed.scripts + worker),
        "sitemap": _files(site, page, [_base(config) + "sitemap.xml"] if worker else []),
        "images": _files(site, page, parsed.images),
    }
    return parsed, found


def on_search(site: Path, page: Path) -> list[Path]:
    """The files that opening search on `page` fetches: its edition's index, Material's worker (which the
    site's, named in __config, imports after the "#", with the index) and lunr's language scripts."""
    config = _parse(page)[1]
    if not config.get("search"):
        return []
    path, _, imported = config["search"].partition("#")
    material = [path[: path.rfind("/") + 1] + imported] if imported else []
    [worker, index] = _files(site, page, [path, _base(config) + "search/search_index.json"])
    return [index, *_files(site, page, material), *_lunr_languages(worker, index)]


def _parse(page: Path) -> tuple[_Page, dict]:
    """The parsed page and Material's __config of it (empty without one)."""
    parsed = _Page()
    parsed.feed(page.read_text("utf-8"))
    return parsed, json.loads(parsed.config) if parsed.config else {}


def _base(config: dict) -> str:
    return config.get("base", ".").rstrip("/") + "/"


def _files(site: Path, page: Path, refs: list[str]) -> list[Path]:
    url = ("/" + page.relative_to(site).parent.as_posix().strip(".") + "/").replace("//", "/")
    return [site / urlsplit(urljoin(url, ref)).path.lstrip("/") for ref in refs]


def _lunr_languages(worker: Path, index: Path) -> list[Path]:
    """The scripts Material's search worker imports for the index's languages (its setupSearchLanguages)."""
    languages = json.loads(index.read_text("utf-8"))["config"]["lang"]
    lunr = worker.parent.parent / "lunr"
    scripts = [lunr / "tinyseg.js" for lang in languages if lang == "ja"]
    scripts += [lunr / "wordcut.js" for lang in languages if lang in ("hi", "th")]
    scripts += [lunr / "min" / f"lunr.{lang}.min.js" for lang in languages if lang != "en"]
    scripts += [lunr / "min" / "lunr.multi.min.js"] if len(languages) > 1 else []
    return [lunr / "min" / "lunr.stemmer.support.min.js", *scripts] if scripts else []


def requested(site: Path, page: Path, files: list[Path] | None = None) -> set[str]:
    """The site paths (from the site root) that loading `page` fetches (or of `files`)."""
    if files is None:
        files = [f for kind in resources(site, page)[1].values() for f in kind]
    fetched = {f.relative_to(site).as_posix() for f in files}
    return {"" if path == "index.html" else path.removesuffix("index.html") for path in fetched}


def measure(site: Path, page: Path) -> dict[str, float]:
    """The figures of one built page (see the module's docstring)."""
    parsed, fetched = resources(site, page)
    kb = 1024
    figures = {kind: round(sum(map(_gzipped, files)) / kb, 1) for kind, files in fetched.items()}
    figures["total"] = round(sum(figures.values()), 1)
    figures["requests"] = sum(map(len, fetched.values()))
    figures["blocking"] = parsed.blocking
    figures["elements"] = parsed.elements
    figures["startup_js"] = round((parsed.inline_js + sum(f.stat().st_size for f in fetched["js"])) / kb, 1)
    figures["search"] = round(sum(map(_gzipped, on_search(site, page))) / kb, 1)
    return figures


def over_budget(site: Path, budgets: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure of a page that is over its page type's budget."""
    problems = []
    for page in pages(site):
        kind = page_type(site, page)
        budget = budgets.get(kind)
        name = "/" + page.relative_to(site).parent.as_posix().removeprefix(".").strip("/") + "/"
        name = name.replace("//", "/")
        if budget is None:
            problems.append(f"{name}: no budget for page type {kind!r} in {BUDGETS.name}")
            continue
        for figure, value in measure(site, page).items():
            if value > budget[figure]:
                problems.append(
                    f"{name} ({kind}): {figure} = {value:g}, over its budget of {budget[figure]:g}"
                )
    return problems


def largest(site: Path) -> dict[str, dict[str, float]]:
    """{page type: {figure: the largest value among its pages}}."""
    found: dict[str, dict[str, float]] = {}
    for page in pages(site):
        kind = found.setdefault(page_type(site, page), {})
        for figure, value in measure(site, page).items():
            kind[figure] = max(kind.get(figure, 0), value)
    return found


def _budget(figure: str, value: float) -> float:
    if figure in EXACT:
        return value
    if figure == "elements":
        return math.ceil(value * (1 + MARGIN))
    return math.ceil(value * (1 + MARGIN) * 10) / 10


def load_budgets() -> dict[str, dict[str, float]]:
    return json.loads(BUDGETS.read_text("utf-8"))["budgets"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("site", type=Path, help="a built site (mkdocs build --strict)")
    parser.add_argument("--update", action="store_true", help=f"write {BUDGETS.name} from this site")
    args = parser.parse_args()
    today = largest(args.site)
    if args.update:
        budgets = {
            kind: {f: _budget(f, v) for f, v in sorted(figures.items())}
            for kind, figures in sorted(today.items())
        }
        note = (
            "Page budgets: the largest figure of each page type plus 5 %. "
            "Written by `python gates/page_budget.py site --update`; checked by tests/site/test_page_budget.py."
        )
        BUDGETS.write_text(json.dumps({"about": note, "budgets": budgets}, indent=2) + "\n", "utf-8")
    budgets = load_budgets()
    print(f"page budgets ({args.site}): largest page of each type / its budget")
    print(f"  {'type':<11}" + "".join(f"{f:>15}" for f in FIGURES))
    for kind, figures in sorted(today.items()):
        cells = "".join(f"{figures[f]:>8g}/{budgets.get(kind, {}).get(f, float('nan')):<6g}" for f in FIGURES)
        print(f"  {kind:<11}{cells}")
    problems = over_budget(args.site, budgets)
    for line in problems:
        print("  OVER BUDGET:", line)
    print(
        "page budgets:",
        "FAILED" if problems else "passed",
        "(sizes in KB; gzip for transfer, raw for startup_js)",
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
