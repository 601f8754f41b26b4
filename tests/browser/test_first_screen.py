"""No block on a page's first screen renders late (extra.css's content-visibility), on a phone and a desktop.

In its own file: it loads every page once per viewport, and under pytest-xdist
(a file per worker) it runs beside the crawl, not after it.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

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
