"""The crawl of the English edition (tests/browser/crawl.py): every page loaded and scrolled through once."""

import pytest

from tests.browser.crawl import (  # noqa: F401 - collected here: the tests and the fixture they share
    test_every_code_block_gets_a_copy_button,
    test_every_page_loads_with_no_console_error_and_no_third_party_request,
    test_every_snippet_output_is_visible,
    visits,
)

pytestmark = pytest.mark.browser
EDITION = ""
