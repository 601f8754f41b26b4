"""One search index per language: each edition searches its own pages.

mkdocs-static-i18n builds one index for the whole site (622 KB, 137 KB
gzipped, more than half of it the Chinese pages), and Material fetches it on every
page load, English or Chinese, before the reader has typed anything.  After the
build we split it:

- ``search/search_index.json``: the default language's pages, searched with
  that language's rules only (English: 57 KB gzipped);
- ``<lang>/search/search_index.json``: one edition's pages, their locations
  relative to ``<lang>/``, searched with the site-wide rules (Chinese needs
  both: its pages are segmented Chinese with English names in code);
- ``<lang>/sitemap.xml``: that edition's pages, for Material's instant
  navigation, which reads the sitemap next to the index.

An edition's pages then point Material at their own root (``"base"`` in the
page's ``__config``), which is where Material looks for both files.  A reader
searching on a Chinese page finds Chinese pages; links between editions are the
language switcher's business (docs/javascripts/language-switch.js).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

_CONFIG = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')
_URL = re.compile(r"<url>.*?</url>", re.S)


def _editions(config) -> tuple[str, list[str]]:
    """(default language, [other languages built]) from mkdocs-static-i18n's settings."""
    i18n = config.plugins.get("i18n")
    languages = [language for language in i18n.config.languages if language.build]
    default = next(language.locale for language in languages if language.default)
    return default, [language.locale for language in languages if not language.default]


def _building_a_language(config) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or getattr(i18n, "building", False)


def on_post_page(output, page, config):
    """An edition's page looks for the search index and sitemap under its own root."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return output
    _, editions = _editions(config)
    edition = i18n.current_language  # the language being built (its 404 page too)
    if edition not in editions:
        return output
    return _CONFIG.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{edition}/{m[3]}", output, count=1)


def on_post_template(output, template_name, config):
    """The edition's 404 page (a template, not a page) too."""
    return on_post_page(output, None, config) if template_name == "404.html" else output


@event_priority(-150)  # after mkdocs-static-i18n wrote the whole site's index (-100), once
def on_post_build(config):
    if _building_a_language(config):
        return
    site = Path(config.site_dir)
    whole = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    default, editions = _editions(config)

    def edition_of(location: str) -> str | None:
        return next((e for e in editions if location.startswith(f"{e}/")), None)

    _write(
        site / "search" / "search_index.json",
        dict(whole["config"], lang=[default]),
        [doc for doc in whole["docs"] if edition_of(doc["location"]) is None],
    )
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    for edition in editions:
        docs = [
            dict(doc, location=doc["location"][len(edition) + 1 :])
            for doc in whole["docs"]
            if edition_of(doc["location"]) == edition
        ]
        _write(site / edition / "search" / "search_index.json", whole["config"], docs)
        urls = [url for url in _URL.findall(sitemap) if re.search(rf"<loc>[^<]*/{edition}/[^<]*</loc>", url)]
        head, _, _ = sitemap.partition("<url>")
        (site / edition / "sitemap.xml").write_text(head + "\n".join(urls) + "\n</urlset>\n", "utf-8")


def _write(path: Path, index_config: dict, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"config": index_config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, "utf-8")
