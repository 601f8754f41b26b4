"""The built site in a real browser: what a reader sees and what the browser fetches.

The pages are found in the built site (every index.html), so these checks cover
whatever chapters exist.  Run with `pytest tests/browser` (see conftest.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gates import site_server
from sitebuild import fences, mkdocs_hooks, pythons
from tests.browser.urls import local_path, origin

pytestmark = pytest.mark.browser

#: (edition, query, the page it must find among the first three results).  The
#: edition is the path prefix of a translation ("zh/"); a case whose edition is
#: not built yet is skipped, so Chinese cases can be listed before it exists.
SEARCH_CASES = [
    ("", "daemon", "threads/daemon-threads/"),
    ("", "Barrier", "threads/synchronization/"),
    ("", "GIL", "threads/gil/"),
    ("", "forkserver", "processes/start-methods/"),
    ("", "errata", "errata/"),
    ("zh/", "守护线程", "threads/daemon-threads/"),
    ("zh/", "进程池", "processes/pool/"),
    ("zh/", "勘误", "errata/"),
]
TOP_RESULTS = 3
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


@pytest.fixture(scope="module")
def visits(module_page, pages) -> dict[str, Visit]:
    """{url: Visit} for every page, each loaded once: three separate passes cost three times the CPU.

    A step that breaks on a page (a Playwright timeout, say) is recorded on
    that page's Visit, so it fails that page's check, not the whole crawl.
    """
    found = {}
    for url in pages:
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


def test_every_page_loads_with_no_console_error_and_no_third_party_request(
    visits, pages, site, home, subtests
):
    """Problems count while a page loads and while the checks below scroll through it."""
    assert len(pages) > 1
    for url in pages:
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


def _editions(page, site: Path, home: str) -> dict[str, tuple[str, str]]:
    """{edition: (its html lang, its site name)}, read from each edition's home page."""
    found = {}
    for edition in ["", *(f"{d.name}/" for d in site.iterdir() if _edition(f"{d.name}/", site))]:
        page.goto(home + edition, wait_until="domcontentloaded")
        title = page.title()  # the site name, or "Home - site name"
        found[edition] = (page.locator("html").get_attribute("lang"), title.rsplit(" - ", 1)[-1])
    return found


def test_sitemap_lists_every_page_and_only_pages(site, pages, home):
    listed = {local_path(url, home) for url in site_server.sitemap_urls(site)}
    built = {local_path(url, home) for url in pages}
    assert listed == built


def test_a_missing_page_gets_the_styled_404_page(page, site, home):
    page.problems.clear()
    response = page.goto(home + "no/such/page/", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert response.status == 404
    assert "404" in page.locator("article h1").inner_text()
    lang, site_name = _editions(page, site, home)[""]  # the default language's
    page.goto(home + "no/such/page/", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == lang and page.title() == site_name
    problems = [
        p for p in page.problems if not p.endswith(f"404 (Not Found) ({page.url})")
    ]  # the page itself
    assert not problems, "\n".join(problems)
    # Styled: Material's stylesheet applied, the header is coloured, the navigation is there.
    header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".md-nav__link").count() > 1


def test_a_missing_chinese_page_gets_the_chinese_404_page(page, site, home):
    """GitHub Pages serves only the root 404.html: it sends a missing address under zh/ to zh/404.html."""
    if not (site / "zh" / "404.html").is_file():
        pytest.skip("the zh edition is not built")
    page.problems.clear()
    response = page.goto(home + "zh/no/such/page/", wait_until="load")
    assert response.status == 404  # the root 404.html, as GitHub Pages answers
    page.wait_for_url(home + "zh/404.html")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "zh"
    assert page.locator("article h1").inner_text() == "404 - 页面不存在"
    assert page.title().endswith("Python 线程与进程")
    problems = [p for p in page.problems if "404 (Not Found)" not in p]  # the first answer
    assert not problems, "\n".join(problems)
    # The English edition's missing pages stay on the English 404 page.
    page.goto(home + "no/such/zh/page/", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.url == home + "no/such/zh/page/"
    assert page.locator("article h1").inner_text() == "404 - Not found"


@pytest.mark.parametrize(("edition", "query", "expected"), SEARCH_CASES)
def test_search_finds_the_right_page(page, site, home, edition, query, expected):
    if edition and not (site / edition / "index.html").is_file():
        pytest.skip(f"the {edition} edition is not built yet")
    page.goto(home + edition, wait_until="load")
    page.locator("input.md-search__input").click()  # in the header, at this window width
    page.locator("input.md-search__input").press_sequentially(query)  # typed: Material reacts to keys
    # Material reads the query on keyup (or when its index is ready). Chinese characters are
    # inserted without key events, as an input method's would be before its closing key.
    page.locator("input.md-search__input").press("End")
    items = page.locator("li.md-search-result__item > a.md-search-result__link")
    # The search worker indexes both languages first: over 10 s on a busy machine.
    items.first.wait_for(timeout=30_000)
    found = []
    for href in items.evaluate_all("links => links.map(a => a.href)"):
        path = local_path(href, home)
        if path not in found:
            found.append(path)
    assert edition + expected in found[:TOP_RESULTS], f"{query!r} found {found}"
    page.locator("li.md-search-result__item a").first.click()  # and the result opens its page
    page.wait_for_load_state("load")
    assert local_path(page.url, home) == found[0]


def test_a_search_result_highlights_the_words_searched_for(page, home):
    """search.highlight still gets the index's settings, now fetched only for such an address."""
    page.goto(home + "threads/locks/?h=deadlock", wait_until="load")
    marks = page.locator("article mark[data-md-highlight]")
    marks.first.wait_for(timeout=30_000)
    assert {text.lower() for text in marks.all_text_contents()} == {"deadlock"}


#: Records every change of the body's data-md-color-switching (set while colours switch).
_WATCH_SWITCHING = """window.__switching = [];
new MutationObserver(records => records.forEach(r => window.__switching.push(
    r.target.hasAttribute("data-md-color-switching")))).observe(document, {
        subtree: true, attributes: true, attributeFilter: ["data-md-color-switching"]})"""


def test_light_dark_toggle_switches_the_scheme_and_remembers_it(page, home):
    page.add_init_script(_WATCH_SWITCHING)
    page.goto(home, wait_until="load")
    page.wait_for_timeout(500)  # Material's start-up has applied the palette
    # No colours switch at start-up, so no restyle of every element for it (material_patches.py) ...
    assert page.evaluate("window.__switching") == []
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"  # the system's (light) preference
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for _ in range(3):  # auto -> light -> dark
        page.locator("form[data-md-component='palette'] label:not([hidden])").click()
        if body.get_attribute("data-md-color-scheme") == "slate":
            break
    assert body.get_attribute("data-md-color-scheme") == "slate"
    # ... but a reader's switch is one, without transitions: the attribute is set, then removed.
    page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")
    assert page.evaluate("window.__switching")[:2] == [True, False]
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark != light
    assert _luminance(dark) < 0.2 < _luminance(light)
    scheme = page.locator('meta[name="color-scheme"]')  # the browser's own colours follow
    assert scheme.count() == 1 and scheme.get_attribute("content") == "dark"
    page.reload(wait_until="load")
    assert body.get_attribute("data-md-color-scheme") == "slate"  # remembered across pages and visits
    page.wait_for_function("() => document.querySelector('meta[name=color-scheme]').content === 'dark'")


def _nav_link(page, url: str):
    """The sidebar's link to url (Material's instant navigation makes every href absolute)."""
    index = page.evaluate(
        "url => [...document.querySelectorAll('.md-nav--primary a.md-nav__link')].findIndex(a => a.href === url)",
        url,
    )
    assert index >= 0, f"no sidebar link to {url}"
    return page.locator(".md-nav--primary a.md-nav__link").nth(index)


#: Records what makes Chrome restyle a whole page, as it happens: a stylesheet's link
#: added, removed or given a new address, the colour scheme changed, a table moved.
_WATCH_RESTYLES = """window.__restyles = [];
const watched = n => n.nodeType === 1 && n.matches("link[rel=stylesheet], table");
new MutationObserver(records => records.forEach(r => {
    if (r.type === "attributes") {
        if (r.target.matches("link[rel=stylesheet], meta[name=color-scheme]"))
            window.__restyles.push(`${r.attributeName} of ${r.target.outerHTML}`);
    } else for (const [how, nodes] of [["added", r.addedNodes], ["removed", r.removedNodes]])
        // (the parser adds every element once; what is added after it has finished is Material's)
        for (const n of nodes) if (watched(n) && (how === "removed" || document.readyState === "complete"))
            window.__restyles.push(`${how} ${n.outerHTML.slice(0, 80)}`);
})).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["href", "content"]})"""
_SHEETS = "[...document.styleSheets].map(sheet => sheet.href).filter(Boolean)"  # linked ones


def test_material_starts_and_navigates_without_restyling_the_whole_page(page, home):
    """No stylesheet reloaded, no colour scheme changed, no table moved (material_patches.py 3-5)."""
    page.add_init_script(_WATCH_RESTYLES)
    page.goto(home + "threads/threading-api/", wait_until="load")
    page.wait_for_load_state("networkidle")  # the sitemap: Material's instant navigation is set up
    page.wait_for_timeout(500)
    assert page.locator("article table").count() >= 3
    assert page.evaluate("window.__restyles") == []
    assert page.locator('meta[name="color-scheme"]').get_attribute("content") == "light"
    sheets = page.evaluate(_SHEETS)
    assert len(sheets) == 3, sheets  # Material's main and palette, extra.css
    page.evaluate("window.loadedOnce = true")
    for target in ("", "errata/", "threads/threading-api/"):  # up to the root, one down, two down
        url = home + target
        _nav_link(page, url).click()
        page.wait_for_url(url)
        page.locator("article h1").wait_for()
        page.wait_for_timeout(300)
        assert page.evaluate("window.loadedOnce === true"), "a full page load: instant navigation is off"
        assert page.evaluate("window.__restyles") == [], f"navigating to /{target}"
        assert page.evaluate(_SHEETS) == sheets
        # every table wrapped for scrolling, once (by the build); the page styled as before
        assert page.locator("article table").count() == page.locator(".md-typeset__table > table").count()
        assert page.locator(".md-typeset__scrollwrap .md-typeset__scrollwrap").count() == 0
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert page.locator("article table").count() >= 3
    assert not page.problems, "\n".join(page.problems)


def test_the_phone_menu_is_skipped_while_closed_and_works_when_opened(page, home):
    """extra.css: on a phone the closed menu is neither styled nor laid out; opened, it works as before."""
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(home + "questions/", wait_until="load")
    page.wait_for_load_state("networkidle")  # the sitemap: Material's instant navigation is set up
    page.evaluate("window.loadedOnce = true")
    menu = page.locator(".md-sidebar--primary .md-sidebar__scrollwrap")
    skipped = "menu => getComputedStyle(menu).contentVisibility === 'hidden'"
    assert menu.evaluate(skipped)
    link = _nav_link(page, home + "errata/")
    expect(link).to_be_hidden()
    page.locator("label.md-header__button[for='__drawer']").click()
    expect(link).to_be_visible()
    assert not menu.evaluate(skipped)
    link.click()
    page.wait_for_url(home + "errata/")
    page.locator("article h1").wait_for()
    assert page.evaluate("window.loadedOnce === true"), "a full page load: instant navigation is off"
    expect(page.locator("#__drawer")).not_to_be_checked()  # the menu closes (Material: 125 ms after) ...
    page.wait_for_function(skipped, arg=menu.element_handle())  # ... and is skipped once it has slid out
    page.locator("label.md-header__button[for='__drawer']").click()  # and it opens again
    expect(_nav_link(page, home + "questions/")).to_be_visible()
    assert not page.problems, "\n".join(page.problems)


def _luminance(css_color: str) -> float:
    red, green, blue = (int(v) / 255 for v in re.findall(r"\d+", css_color)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_every_code_block_gets_a_copy_button(visits, pages, subtests):
    """content.lazy: Material sets a code block up (copy button and all) when it scrolls into view."""
    for url in pages:
        with subtests.test(page=url):
            visit = visits[url]
            assert not _broken(visit, "load", "copy buttons")
            assert not visit.without_copy_button, "\n".join(visit.without_copy_button)
    assert sum(visit.code_blocks for visit in visits.values()), "no code block on any page"


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


#: Viewports for the layout-shift check: Lighthouse's phone and a large desktop screen.
VIEWPORTS = {"phone": {"width": 412, "height": 823}, "desktop": {"width": 2560, "height": 1440}}
#: Elements that extra.css leaves unrendered until scrolled near (content-visibility: auto)
#: and that are nevertheless on the first screen: each would render late and shift the page.
_SKIPPED_ON_FIRST_SCREEN = """() => [...document.querySelectorAll("article *")]
    .filter(e => getComputedStyle(e).contentVisibility === "auto")
    .filter(e => e.getBoundingClientRect().top < innerHeight)
    .map(e => `${e.tagName.toLowerCase()}: ${(e.textContent || "").trim().slice(0, 60)}`)"""


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_no_block_on_the_first_screen_renders_late(browser, pages, viewport, subtests):
    """Blocks skipped by content-visibility must never be on the first screen (extra.css).

    Geometry, not timing: a layout-shift score measured while a page loads
    depends on when a busy machine happens to paint, so the test asks where the
    skipped blocks are once the page is laid out, which is the same on any machine.
    """
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme="light")
    page = context.new_page()
    try:
        for url in pages:
            with subtests.test(page=url):
                page.goto(url, wait_until="load")
                assert not page.evaluate(_SKIPPED_ON_FIRST_SCREEN)
    finally:
        context.close()


def test_the_copy_button_copies_the_code(context, page, home):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin(home))
    page.goto(home, wait_until="load")
    block = page.locator("article pre:has(> code)").first
    block.hover()
    block.locator(".md-code__nav [data-md-type='copy']").click()
    page.locator(".md-dialog").get_by_text("Copied to clipboard").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == block.locator("code").inner_text().strip()


def test_every_snippet_output_is_visible(visits, site, home, subtests):
    """Each snippet fence's output block is on its page, visible (after a click on its tab), not empty."""
    expected = Counter()
    for fence in fences.snippet_fences():
        if "result" not in fence.options:  # one output per fence, or per version found (pythons=)
            versions = fence.options.get("pythons", "").split()
            found = sum(1 for v in versions if v == pythons.CURRENT or pythons.find(v))
            expected[_page_path(fence.page)] += found if versions else 1
    assert expected, "no snippet fence in docs/"
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


def test_the_home_page_shows_this_builds_environment(page, home):
    page.goto(home, wait_until="load")
    # Its output differs between versions: in tabs, 3.14's selected (the default output).
    titled = page.locator("span.filename", has_text=re.compile(r"^(Output|输出) · CPython 3\.14\."))
    output = page.locator(".highlight", has=titled).first
    assert output.is_visible()
    assert re.search(r"interpreter:\s+CPython 3\.14\.\d+", output.inner_text())


def test_the_page_budget_counts_what_the_browser_fetches(context, site, home, subtests):
    """gates/page_budget.py computes each page's requests from the built files: check it against a real load.

    A page load fetches no search index (sitebuild/material_patches.py); opening
    search fetches the edition's index and lunr's language scripts, and the
    search works (tests/browser: test_search_finds_the_right_page).
    """
    from gates import page_budget

    kinds: dict[str, Path] = {}
    for built in page_budget.pages(site):
        kinds.setdefault(page_budget.page_type(site, built), built)
    assert {"home", "chapter", "lab", "home zh", "chapter zh"} <= set(kinds)
    for kind, built in sorted(kinds.items()):
        with subtests.test(page_type=kind):
            tab = context.new_page()
            fetched: set[str] = set()
            tab.on("request", lambda request, seen=fetched: seen.add(local_path(request.url, home)))
            path = built.relative_to(site).parent.as_posix().removeprefix(".")
            tab.goto(home + (path + "/" if path else ""), wait_until="load")
            tab.wait_for_load_state("networkidle")  # the search worker and the sitemap
            loaded = set(fetched)
            fetched.clear()
            tab.locator("label.md-search__icon, input.md-search__input").first.click()  # opens search
            tab.wait_for_function("() => !!document.querySelector('#__search:checked')")
            expected = page_budget.requested(site, built, page_budget.on_search(site, built))
            for _ in range(120):  # on a busy machine the worker imports its scripts late
                if fetched >= expected:
                    break
                tab.wait_for_timeout(250)
            tab.wait_for_load_state("networkidle")
            tab.close()
            assert loaded == page_budget.requested(site, built)
            assert "search/search_index.json" in " ".join(expected)
            assert fetched == expected


#: (page opened, sidebar link clicked: instant navigation, language chosen, where the switch must land)
SWITCHES = [
    ("", "threads/locks/", "zh", "zh/threads/locks/"),
    ("zh/", "processes/pool/", "en", "processes/pool/"),
    ("threads/gil/", "processes/fork/", "zh", "zh/processes/fork/"),
    ("zh/threads/timers/", "errata/", "en", "errata/"),
]


@pytest.mark.parametrize(("start", "target", "language", "expected"), SWITCHES)
def test_switching_language_after_instant_navigation_lands_on_the_twin(
    page, home, start, target, language, expected
):
    page.goto(home + start, wait_until="load")
    page.wait_for_load_state("networkidle")  # the sitemap: Material's instant navigation is set up
    page.evaluate("window.loadedOnce = true")
    url = home + ("zh/" if start.startswith("zh/") else "") + target
    _nav_link(page, url).click()
    page.wait_for_url(url)
    page.locator("article h1").wait_for()
    assert page.evaluate("window.loadedOnce === true"), "a full page load: instant navigation is off"
    page.locator(".md-header .md-select").hover()
    page.locator(f'.md-select a[hreflang="{language}"]').click()
    page.wait_for_url(home + expected, wait_until="load")
    assert page.evaluate("window.loadedOnce") is None  # a new document: the twin itself was loaded
    assert page.evaluate("performance.getEntriesByType('navigation')[0].responseStatus") == 200
    assert page.locator("html").get_attribute("lang") == language
    assert not page.problems, "\n".join(page.problems)
