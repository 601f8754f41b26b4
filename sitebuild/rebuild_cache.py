"""What `mkdocs serve` need not redo at every rebuild of both editions: a prose edit shows in about a second.

Kept in plugin_state.STATE for the process, each keyed by everything its result
depends on, so a rebuild gives the pages a fresh build gives (tests/site/test_rebuild_cache.py):
MkDocs' Page.render (with the warnings it logged), the entries Material's search makes
of a page, the compiled templates and an installed theme's file list; mkdocs-jupyter's
should_include (it reads every Markdown file) is asked only about its ``include`` patterns.
``SITEBUILD_NO_REBUILD_CACHE=1`` turns them off.  MkDocs' ``--dirty`` is no substitute:
it leaves unmodified pages' navigation and search entries stale.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import logging.handlers
import os
import sys
from pathlib import Path, PurePath
from types import SimpleNamespace

import jinja2
from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.pages import Page

from sitebuild.plugin_state import STATE

ENABLED = os.environ.get("SITEBUILD_NO_REBUILD_CACHE", "") in ("", "0")
LIMIT = 4000  # entries per cache: more than the site's pages in both languages


def install(config) -> None:
    """At each on_config: note what the keys depend on, and patch the libraries (once per process)."""
    code = sorted(Path(__file__).parent.glob("*.py"))  # a hook edited under serve renders every page
    STATE.code = hashlib.sha256(b"".join(f.read_bytes() for f in code)).hexdigest()
    glossary = Path(config.docs_dir) / "glossary.zh.md"  # its terms are jieba's words
    STATE.glossary = hashlib.sha256(glossary.read_bytes() if glossary.is_file() else b"").hexdigest()
    if not ENABLED:
        return
    jupyter = config.plugins["mkdocs-jupyter"]
    _patch(jupyter, "should_include", _only_included(list(jupyter.config["include"])))
    _patch(Page, "render", _render)
    _patch(SearchIndex, "add_entry_from_context", _search_entries)
    _patch(jinja2.FileSystemLoader, "list_templates", _theme_listing)


def templates():
    """The Jinja environment's bytecode cache: compiled templates in memory, for the whole session."""
    memory = SimpleNamespace(get=STATE.templates.get, set=STATE.templates.__setitem__)  # a memcached client
    return jinja2.MemcachedBytecodeCache(memory, ignore_memcache_errors=False)


def _patch(owner, name: str, wrap) -> None:
    original = getattr(owner, name)
    if not getattr(original, "cached", False):
        patched = wrap(original)
        patched.cached = True
        setattr(owner, name, patched)


def _digest(*parts) -> str:
    data = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _found(kind: str, hit: bool) -> bool:
    name = f"{kind}_{'hits' if hit else 'misses'}"
    STATE.cache_stats[name] = STATE.cache_stats.get(name, 0) + 1
    return hit


def _remember(store: dict, key: str, value):
    if len(store) >= LIMIT:
        store.clear()  # a long serve session: start again rather than grow
    store[key] = value
    return value


def _named(value):
    """A config value as text that stays the same across rebuilds (hooks' functions are re-made)."""
    return getattr(value, "__qualname__", None) or type(value).__name__


def _render(original):
    def render(self, config, files):
        markdown_config = [config["markdown_extensions"], config["mdx_configs"], config["validation"]]
        key = _digest(
            self.markdown,
            self.file.src_uri,
            self.file.url,
            sorted((f.src_uri, f.url) for f in files),
            json.dumps(markdown_config, default=_named, sort_keys=True),
            STATE.failures,
            STATE.snippets.generation,
            STATE.code,
        )
        found = STATE.pages.get(key)
        if _found("page", found is not None):
            self.content, self._title_from_render = found["content"], found["title"]
            self.toc, self.present_anchor_ids = copy.deepcopy(found["toc"]), set(found["anchors"])
            if found["links"] is not None:
                self.links_to_anchors = {
                    files.get_file_from_path(src): dict(v) for src, v in found["links"].items()
                }
            STATE.shown += found["shown"]
            for record in found["records"]:
                logging.getLogger(record.name).handle(copy.copy(record))
            return
        shown, before = STATE.shown, (STATE.failures, STATE.snippets.generation)
        capture = logging.handlers.BufferingHandler(sys.maxsize)  # never flushed: the page's log records
        capture.setLevel(logging.INFO)
        logging.getLogger("mkdocs").addHandler(capture)
        try:
            original(self, config, files)
        finally:
            logging.getLogger("mkdocs").removeHandler(capture)
        if (STATE.failures, STATE.snippets.generation) != before:
            return  # a snippet failed, or ran, while the page rendered: render it again next time
        links = self.links_to_anchors  # None when MkDocs logs at DEBUG level (-v)
        page = {
            "content": self.content,
            "toc": copy.deepcopy(self.toc),
            "title": self._title_from_render,
            "anchors": set(self.present_anchor_ids or ()),
            "links": None if links is None else {f.src_uri: dict(v) for f, v in links.items()},
            "shown": STATE.shown - shown,
            "records": capture.buffer,
        }
        _remember(STATE.pages, key, page)

    return render


def _toc(items) -> list:
    return [[item.id, item.title, item.url, item.level, _toc(item.children)] for item in items]


def _search_entries(original):
    def add_entry_from_context(self, page):
        key = _digest(
            page.url, page.title, page.meta, page.content, _toc(page.toc), self.config, STATE.glossary
        )
        found = STATE.search.get(key)
        if _found("search", found is not None):
            self.entries.extend(copy.deepcopy(found))
            return
        before = len(self.entries)
        original(self, page)
        _remember(STATE.search, key, copy.deepcopy(self.entries[before:]))

    return add_entry_from_context


def _theme_listing(original):
    """MkDocs lists the theme's files at each build; an installed package's are listed once."""

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            key = (searchpath, self.followlinks)
            names = STATE.theme_files.get(key)
            if names is None:
                names = original(jinja2.FileSystemLoader(searchpath, followlinks=self.followlinks))
                if "site-packages" in Path(searchpath).parts:  # overrides/ is listed afresh
                    STATE.theme_files[key] = names
            found.update(names)
        return sorted(found)

    return list_templates


def _only_included(patterns: list[str]):
    def wrap(original):
        def should_include(file):  # the test the plugin ends with: no pattern matches, not a notebook
            path = file.abs_src_path
            return path is not None and any(PurePath(path).match(p) for p in patterns) and original(file)

        return should_include

    return wrap
