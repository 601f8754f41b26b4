"""The built site, served on 127.0.0.1, and headless Chromium driven by Playwright.

    TEST_SITE_DIR=/tmp/site pytest tests/browser     # test a site you built
    pytest tests/browser                             # build one first (tests/conftest.py)

Chromium is Debian's (``apt-get install chromium``, or CHROME_PATH), started
by Playwright from its path -- never a browser that Playwright downloads.
Without Chromium these tests are skipped, except in CI (CI=true), where a
missing browser is a failure.

Every page a test opens is watched: a console error, an uncaught exception or
a request to any host but the local server is recorded on ``page.problems``
(third-party requests are blocked, so a test never waits on the network).
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from gates import site_server
from tests.browser.urls import origin

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROMIUM_FLAGS = ["--headless", *site_server.CHROMIUM_FLAGS]


def _unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def home(site) -> str:
    """The home page's URL on the local server, e.g. http://127.0.0.1:PORT/threads-and-processes/."""
    with site_server.serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def pages(site, home) -> list[str]:
    """The URL of every page of the built site (every index.html), home first."""
    found = sorted(
        p.parent.relative_to(site).as_posix()
        for p in site.rglob("index.html")
        if p.relative_to(site).parts[0] not in ("assets", "search")
    )
    return [home + ("" if path == "." else path + "/") for path in found]


@pytest.fixture(scope="session")
def browser():
    chromium = site_server.chromium()
    if not chromium:
        _unavailable("Chromium is not installed (apt-get install chromium chromium-driver)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the Python package playwright is not installed (pip install -r requirements.txt)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def context(browser, home):
    """A fresh browser profile (empty local storage) that only reaches the local server."""
    context = _guarded_context(browser, home)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A tab whose console errors, uncaught exceptions and failed requests land in page.problems."""
    return _watched_page(context)


@pytest.fixture(scope="module")
def module_page(browser, home):
    """A watched tab, as `page`, kept for a whole test module: for checks that share one visit of every page."""
    context = _guarded_context(browser, home)
    yield _watched_page(context)
    context.close()


def _guarded_context(browser, home: str):
    context = browser.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.problems = []
    server = origin(home)

    def guard(route):
        url = route.request.url
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and not url.startswith(server + "/"):
            context.problems.append(f"request to another host: {url}")
            route.abort("blockedbyclient")
        else:
            route.continue_()

    context.route("**/*", guard)
    return context


def _watched_page(context):
    page = context.new_page()
    page.problems = context.problems

    def on_console(message):
        if message.type == "error":
            page.problems.append(f"console error: {message.text} ({message.location.get('url', '')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: page.problems.append(f"uncaught exception: {error}"))
    page.on("requestfailed", lambda request: _failed(page, request))
    return page


def _failed(page, request):
    # Blocked: a third-party request, recorded by the guard.  Aborted: cut short by the
    # next navigation (a missing file is a 404 response, and a console error, not this).
    if request.failure not in ("net::ERR_BLOCKED_BY_CLIENT", "net::ERR_ABORTED"):
        page.problems.append(f"request failed: {request.url} ({request.failure})")
