"""The built site in a real browser: what a reader sees and what the browser fetches.

The pages are found in the built site (every index.html), so these checks cover
whatever chapters exist.  Run with `pytest tests/browser` (see conftest.py).
The crawl of every page is in test_crawl_en.py and test_crawl_zh.py (crawl.py),
the first-screen check in test_first_screen.py: separate files run in parallel.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from gates import site_server
from tests.browser.crawl import _edition
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


def test_a_result_found_by_a_synonym_highlights_the_synonym_on_its_page(page, site, home):
    """杀死 finds sections that say 停止 or 终止 (the search worker's SYNONYMS): their links highlight those."""
    if not (site / "zh" / "index.html").is_file():
        pytest.skip("the zh edition is not built")
    page.goto(home + "zh/", wait_until="load")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("杀死")
    page.locator("input.md-search__input").press("End")  # Material reads the query on keyup
    items = page.locator("li.md-search-result__item a.md-search-result__link")
    items.first.wait_for(timeout=30_000)
    hrefs = items.evaluate_all("links => links.map(a => a.href)")
    words = {href: set(parse_qs(urlsplit(href).query).get("h", [""])[0].split()) for href in hrefs}
    by_synonym = [href for href in hrefs if words[href] and "杀死" not in words[href]]
    assert by_synonym, f"no result found by a synonym only, or none with ?h=: {words}"
    page.goto(by_synonym[0], wait_until="load")
    marks = page.locator("article mark[data-md-highlight]")
    marks.first.wait_for(timeout=30_000)
    assert set(marks.all_text_contents()) <= words[by_synonym[0]] <= {"停止", "终止"}


def test_an_address_with_h_opened_by_instant_navigation_highlights_the_words(page, home):
    """The index, held at page load (overrides/main.html), is fetched for a page with ?h= opened by instant navigation."""
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(home, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.loadedOnce = true")
    assert not [url for url in fetched if "search_index" in url]
    page.evaluate(  # a link as a search result's: Material's instant navigation follows it
        "url => document.querySelector('article').append(Object.assign(document.createElement('a'), "
        "{href: url, textContent: 'the result'}))",
        home + "threads/locks/?h=deadlock",
    )
    # A click event on the link itself: a click at its position could land on a heading link
    # when the page's layout moves under load (it opened /#how-to-read-an-example, 2 runs in 4)
    page.get_by_text("the result", exact=True).dispatch_event("click")
    marks = page.locator("article mark[data-md-highlight]")
    marks.first.wait_for(timeout=30_000)
    assert page.evaluate("window.loadedOnce === true"), "a full page load: instant navigation is off"
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


def test_the_copy_button_copies_the_code(context, page, home):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin(home))
    page.goto(home, wait_until="load")
    block = page.locator("article pre:has(> code)").first
    block.hover()
    block.locator(".md-code__nav [data-md-type='copy']").click()
    page.locator(".md-dialog").get_by_text("Copied to clipboard").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == block.locator("code").inner_text().strip()


def test_the_home_page_shows_this_builds_environment(page, home):
    page.goto(home, wait_until="load")
    # Its output differs between versions: in tabs, 3.14's selected (the default output).
    titled = page.locator("span.filename", has_text=re.compile(r"^(Output|输出) · CPython 3\.14\."))
    output = page.locator(".highlight", has=titled).first
    assert output.is_visible()
    assert re.search(r"interpreter:\s+CPython 3\.14\.\d+", output.inner_text())


def test_the_page_budget_counts_what_the_browser_fetches(context, site, home, subtests):
    """gates/page_budget.py computes each page's requests from the built files: check it against a real load.

    A page load fetches no search index (overrides/main.html); opening
    search fetches the edition's index, Material's search worker and lunr's language scripts, and the
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
