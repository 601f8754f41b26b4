"""The crawl: every page of one edition loaded once, scrolled through as a reader would.

test_crawl_en.py and test_crawl_zh.py each crawl one edition (``EDITION`` in
the module), so under ``python3 dev.py test`` (pytest-xdist, a file per
worker) the two halves run at the same time: the crawl of the whole site was
the suite's critical path.  The tests below are imported by both files.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gates import site_server
from sitebuild import fences, mkdocs_hooks, pythons
from tests.browser.urls import local_path

#: The title of a snippet's output block, in any of the site's languages: "Output · CPython 3.11.7"
OUTPUT_TITLE = re.compile(
    "^(" + "|".join(re.escape(w["output"]) for w in mkdocs_hooks.LABELS.values()) + ") · "
)


@dataclass
class Output:
    """A snippet's output block, once opened (its tab) and scrolled to as a reader would."""

    title_visible: bool
    output_visible: bool
    empty: str = ""  # why its text never showed, if it did not


@dataclass
class Visit:
    """What one load of a page showed: everything the every-page tests below check."""

    status: int | None = None
    problems: list[str] = field(default_factory=list)  # while it loaded and was scrolled through
    h1s: int = 0
    lang: str | None = None
    title: str = ""
    code_blocks: int = 0
    without_copy_button: list[str] = field(default_factory=list)
    outputs: list[Output] = field(default_factory=list)
    broken: dict[str, str] = field(default_factory=dict)  # {step: the exception that stopped it}


def _of_edition(request, site: Path, home: str, urls) -> list[str]:
    """The URLs of the crawling module's edition (its EDITION: "" or "zh/")."""
    edition = request.module.EDITION
    return [url for url in urls if _edition(local_path(url, home), site) == edition]


@pytest.fixture(scope="module")
def visits(request, module_page, pages, site, home) -> dict[str, Visit]:
    """{url: Visit} for every page, each loaded once: three separate passes cost three times the CPU.

    A step that breaks on a page (a Playwright timeout, say) is recorded on
    that page's Visit, so it fails that page's check, not the whole crawl.
    """
    found = {}
    for url in _of_edition(request, site, home, pages):
        visit = found[url] = Visit()
        module_page.problems.clear()
        for step, look in (("load", _load), ("copy buttons", _scroll_to_code), ("outputs", _open_outputs)):
            try:
                look(module_page, url, visit)
            except Exception as error:
                visit.broken[step] = f"{type(error).__name__}: {error}"
                if step == "load":  # nothing further to look at
                    break
        visit.problems = list(module_page.problems)
    module_page.goto("about:blank")  # idle until the module ends: no page of the site left running
    return found


def _load(page, url: str, visit: Visit):
    response = page.goto(url, wait_until="load")
    # late fetches: the search worker and the sitemap (the index waits for a search)
    page.wait_for_load_state("networkidle")
    # Navigation Timing when Playwright has no response to show: it once came back empty under load.
    visit.status = (
        response.status
        if response
        else page.evaluate("performance.getEntriesByType('navigation')[0].responseStatus")
    )
    visit.h1s = page.locator("article h1").count()
    visit.lang = page.locator("html").get_attribute("lang")
    visit.title = page.title()


def _broken(visit: Visit, *steps: str) -> str:
    """How the first of these steps broke off on that page ('' if none did)."""
    return next((f"{step}: {visit.broken[step]}" for step in steps if step in visit.broken), "")


def test_every_page_loads_with_no_console_error_and_no_third_party_request(visits, site, home, subtests):
    """Problems count while a page loads and while the checks below scroll through it."""
    assert len(visits) > 1
    for url in visits:
        with subtests.test(page=url):
            visit = visits[url]
            assert not _broken(visit, "load")
            assert visit.status == 200
            assert not visit.problems, "\n".join(visit.problems)
            assert visit.h1s == 1
            # In its edition's language, under its edition's site name ("Locks - Threads & Processes in Python"),
            # as its edition's home page says (its title: the site name, or "Home - site name").
            front = visits[home + _edition(local_path(url, home), site)]
            site_name = front.title.rsplit(" - ", 1)[-1]
            assert visit.lang == front.lang
            assert visit.title == site_name or visit.title.endswith(f" - {site_name}")


def _edition(path: str, site: Path) -> str:
    """'zh/' for a page of the Chinese edition (a language folder with its own home page), else ''."""
    first = path.split("/", 1)[0]
    return f"{first}/" if first in site_server.editions(site) and "/" in path else ""


def test_every_code_block_gets_a_copy_button(visits, subtests):
    """content.lazy: Material sets a code block up (copy button and all) when it scrolls into view."""
    for url in visits:
        with subtests.test(page=url):
            visit = visits[url]
            assert not _broken(visit, "load", "copy buttons")
            assert not visit.without_copy_button, "\n".join(visit.without_copy_button)
    assert sum(visit.code_blocks for visit in visits.values()), "no code block on any page of this edition"


def _scroll_to_code(page, url: str, visit: Visit):
    """Scroll to every code block as a reader would; those still without a copy button go to the visit."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import expect  # installed with the browser fixture's checks (conftest.py)

    code = page.locator("article pre > code")
    visit.code_blocks = code.count()
    for i in range(visit.code_blocks):
        block = code.nth(i)
        if not block.is_visible():  # in a tab (one per Python version): open it
            block.evaluate(_OPEN_TAB)
        block.scroll_into_view_if_needed()
        if block.locator("xpath=ancestor::div[contains(@class, 'tabbed-block')]").count():
            # set up (content.lazy) before the next tab hides it again
            button = block.locator("xpath=..").locator(".md-code__nav [data-md-type='copy']")
            try:
                expect(button).to_have_count(1)
            except AssertionError as error:
                visit.without_copy_button.append(f"code block {i + 1}, in a tab: {_first_line(error)}")
                return  # the page fails: no need to wait on each of its other blocks
    missing = page.locator("article pre:has(> code):not(:has(> .md-code__nav [data-md-type='copy']))")
    for block in missing.element_handles():  # set up late on a busy machine, or hidden since by a tab
        if block.evaluate(_HAS_COPY_BUTTON):
            continue
        if not block.is_visible():
            block.evaluate(_OPEN_TAB)
        block.scroll_into_view_if_needed()
        try:
            page.wait_for_function(_HAS_COPY_BUTTON, arg=block, timeout=15_000)
        except PlaywrightTimeoutError:
            break  # the page fails: every block still without a button is named below
    try:
        expect(missing).to_have_count(0)
    except AssertionError:
        starts = missing.evaluate_all("blocks => blocks.map(b => b.textContent.trim().split('\\n')[0])")
        visit.without_copy_button += [f"code block starting {start[:60]!r}" for start in starts]


def _first_line(error: Exception) -> str:
    return str(error).strip().split("\n", 1)[0]


def test_every_snippet_output_is_visible(request, visits, site, home, subtests):
    """Each snippet fence's output block is on its page, visible (after a click on its tab), not empty."""
    expected = Counter()
    for fence in fences.snippet_fences():
        if "result" not in fence.options:  # one output per fence, or per version found (pythons=)
            versions = fence.options.get("pythons", "").split()
            found = sum(1 for v in versions if v == pythons.CURRENT or pythons.find(v))
            if _edition(_page_path(fence.page), site) == request.module.EDITION:
                expected[_page_path(fence.page)] += found if versions else 1
    assert expected, "no snippet fence in docs/ for this edition"
    for path, count in sorted(expected.items()):
        with subtests.test(page=path):
            assert (site / path / "index.html").is_file(), f"no built page {path} for docs/ sources"
            visit = visits[home + path]
            assert not _broken(visit, "load", "outputs")
            assert len(visit.outputs) == count
            for i, output in enumerate(visit.outputs):
                assert output.title_visible and output.output_visible, f"output {i + 1} on {path} is hidden"
                assert not output.empty, f"output {i + 1} on {path} is empty: {output.empty}"


def _open_outputs(page, url: str, visit: Visit):
    """Open each snippet output's tab (tabs="Code|Output") and scroll to it, as a reader would."""
    from playwright.sync_api import expect  # installed with the browser fixture's checks (conftest.py)

    titles = page.locator(".highlight > span.filename", has_text=OUTPUT_TITLE)
    for i in range(titles.count()):
        title = titles.nth(i)
        if not title.is_visible():
            title.evaluate(_OPEN_TAB)
        title.scroll_into_view_if_needed()
        code = title.locator("xpath=following-sibling::pre[1]/code")
        output = Output(title.is_visible(), code.is_visible())
        visit.outputs.append(output)
        if not output.output_visible:
            continue  # fails already: no need to wait for its text
        # Rendered once on screen: blocks far down a page are skipped until then (extra.css).
        try:
            expect(code).to_have_text(re.compile(r"\S"), use_inner_text=True)
        except AssertionError as error:
            output.empty = _first_line(error)


_HAS_COPY_BUTTON = """pre => pre.querySelector(':scope > .md-code__nav [data-md-type="copy"]') !== null"""
_OPEN_TAB = """element => {
    const block = element.closest('.tabbed-block');
    const set = block.closest('.tabbed-set');
    const index = [...block.parentElement.children].indexOf(block);
    set.querySelectorAll(':scope > .tabbed-labels > label')[index].click();
}"""


def _page_path(source: str) -> str:
    """threads/starting-threads.md -> threads/starting-threads/, and x.zh.md -> zh/x/ (mkdocs-static-i18n)."""
    language = fences.language(source)
    path = Path(source).with_suffix("")
    path = path.with_suffix("") if language else path
    if path.name == "index":
        path = path.parent
    url = "" if str(path) == "." else path.as_posix() + "/"
    return f"{language}/{url}" if language else url
