"""Each snippet test runs on a fresh run and, with TEST_SITE_DIR set, on the published output too."""

from pathlib import Path

import pytest

from tests import helpers

SOURCES = ["fresh", "published"] if helpers.SITE else None


@pytest.fixture(autouse=True, params=SOURCES)
def output_source(request):
    """Which output run_snippet() returns: a run made now, or the one the built site shows."""
    helpers.SOURCE["now"] = getattr(request, "param", "fresh")
    yield helpers.SOURCE["now"]
    helpers.SOURCE["now"] = "fresh"


def pytest_collection_modifyitems(config, items):
    """Keep a published pass only where the site shows such a run (its interpreter, default start method)."""
    if not helpers.SITE:
        return
    here = Path(__file__).parent
    kept, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("output_source") == "published" and here in item.path.parents:
            snippet = item.path.relative_to(here).with_name(item.path.name.removeprefix("test_")).as_posix()
            if not helpers.is_published(snippet, params.get("start_method")):
                dropped.append(item)
                continue
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
