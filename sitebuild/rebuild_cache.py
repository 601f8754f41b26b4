"""What `mkdocs serve` need not redo at every rebuild: a prose edit shows in about a second.

`mkdocs serve` rebuilds the whole site, both editions, after every edit, with
a fresh config, fresh plugins and freshly imported hooks.  This module is
imported once (hooks import it from ``sitebuild``), so what it keeps lives
across rebuilds; each cache is keyed by everything its result depends on, so a
rebuild gives the same pages as a fresh build (tests/site/test_rebuild_cache.py
compares them byte for byte):

- ``fence_html``: a snippet fence's rendered HTML (markdown-exec makes a new
  Markdown instance for each fence, Pygments highlights the code and the
  output), keyed by the snippet's bytes, the fence's options, the page's
  language and the outputs shown;
- ``search_entries``: the entries Material's search plugin makes of a page
  (it parses each page's HTML and segments its Chinese text), keyed by the
  page's HTML, table of contents, address, title and metadata, the index's
  settings and the glossary (its terms are jieba's words);
- ``TEMPLATES``: the Jinja templates' compiled code (Jinja checks each
  template's source before using it), and the list of an installed theme's
  files (``cache_theme_listing``; the project's overrides/ is listed afresh);
- ``only_included``: mkdocs-jupyter's ``should_include`` reads every Markdown
  file with jupytext before it looks at its ``include`` patterns; a file no
  pattern matches is not a notebook, without reading it.

``SITEBUILD_NO_REBUILD_CACHE=1`` turns all of them off.  A ``mkdocs build``
process builds each edition once, so only the templates' cache and the
notebook check change its work there.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import pathlib
import threading

import jinja2

from sitebuild import runner

ENABLED = os.environ.get("SITEBUILD_NO_REBUILD_CACHE", "") in ("", "0")
#: Entries kept per cache: more than the site's pages and fences in both languages.
LIMIT = 4000

_lock = threading.Lock()
_fences: dict[str, str] = {}
_search: dict[str, list[dict]] = {}
stats = {"fence_hits": 0, "fence_misses": 0, "search_hits": 0, "search_misses": 0}


def _digest(*parts) -> str:
    data = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _remember(store: dict, key: str, value) -> None:
    with _lock:
        if len(store) >= LIMIT:
            store.clear()  # a long serve session: start again rather than grow
        store[key] = value


#: The build's own code (sitebuild/*.py), read at each build: a hook edited under `mkdocs serve`
#: (sitebuild/ is watched) renders every page again.
_code = {"digest": ""}


def note_build_code() -> None:
    files = sorted(pathlib.Path(__file__).parent.glob("*.py"))
    _code["digest"] = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def fence_html(key_parts: tuple, make):
    """make() once per distinct `key_parts` (snippet bytes, options, language, outputs)."""
    if not ENABLED:
        return make()
    key = _digest(*key_parts, _code["digest"])
    found = _fences.get(key)
    if found is not None:
        stats["fence_hits"] += 1
        return found
    stats["fence_misses"] += 1
    html = make()
    _remember(_fences, key, html)
    return html


def _toc(items) -> list:
    return [[item.id, item.title, item.url, item.level, _toc(item.children)] for item in items]


def search_entries(index, page, add, glossary: bytes) -> None:
    """Material's SearchIndex.add_entry_from_context(page), replayed when nothing it reads changed."""
    if not ENABLED:
        return add(page)
    key = _digest(
        page.url,
        page.title,
        page.meta,
        page.content,
        _toc(page.toc),
        index.config,
        hashlib.sha256(glossary).hexdigest(),
    )
    found = _search.get(key)
    if found is not None:
        stats["search_hits"] += 1
        index.entries.extend(copy.deepcopy(found))
        return None
    stats["search_misses"] += 1
    before = len(index.entries)
    add(page)
    _remember(_search, key, copy.deepcopy(index.entries[before:]))
    return None


class _Templates(jinja2.BytecodeCache):
    """Compiled templates in memory, for every rebuild of one serve session."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = _Templates()


_glossary = {"bytes": b""}


def cache_search_index(glossary: bytes) -> None:
    """Material's search index replays a page's entries when nothing they come from changed."""
    _glossary["bytes"] = glossary
    if not ENABLED:
        return
    from material.plugins.search.plugin import SearchIndex

    original = SearchIndex.add_entry_from_context
    if getattr(original, "cached", False):
        return

    def add_entry_from_context(self, page):
        return search_entries(self, page, lambda p: original(self, p), _glossary["bytes"])

    add_entry_from_context.cached = True
    SearchIndex.add_entry_from_context = add_entry_from_context


def only_included(plugin) -> None:
    """mkdocs-jupyter's should_include, asked only about the files its include patterns match."""
    if not ENABLED or getattr(plugin.should_include, "only_included", False):
        return
    original = plugin.should_include
    patterns = list(plugin.config["include"])

    def should_include(file):
        if file.abs_src_path is None:
            return False
        path = pathlib.PurePath(file.abs_src_path)
        # the same test the plugin ends with: no pattern matches, not a notebook
        return any(path.match(pattern) for pattern in patterns) and original(file)

    should_include.only_included = True
    plugin.should_include = should_include


# --- a page's Markdown, converted ------------------------------------------------------

_pages: dict[str, dict] = {}
#: Counters the hooks keep per build (snippet outputs shown); a replayed page adds what it added.
counters: dict[str, int] = {"shown": 0}
#: Bumped by whatever can change a page's HTML without changing its Markdown (a snippet's output).
generation = {"value": 0}


def _named(value):
    """A config value as text that stays the same across rebuilds (hooks' functions are re-made)."""
    return getattr(value, "__qualname__", None) or type(value).__name__


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def cache_page_render() -> None:
    """MkDocs' Page.render (Markdown to HTML, the page's table of contents, title and anchors),
    replayed -- with the warnings it logged -- when nothing it reads changed."""
    if not ENABLED:
        return
    from mkdocs.structure.pages import Page

    original = Page.render
    if getattr(original, "cached", False):
        return

    def render(self, config, files):
        key = _digest(
            self.markdown,
            self.file.src_uri,
            self.file.url,
            sorted((f.src_uri, f.url) for f in files),
            json.dumps(
                [config["markdown_extensions"], config["mdx_configs"]], default=_named, sort_keys=True
            ),
            json.dumps(config["validation"], default=_named, sort_keys=True),
            generation["value"],
            runner.shared_cache.generation,
            _code["digest"],
        )
        found = _pages.get(key)
        mkdocs_log = logging.getLogger("mkdocs")
        if found is not None:
            stats["page_hits"] = stats.get("page_hits", 0) + 1
            self.content = found["content"]
            self.toc = copy.deepcopy(found["toc"])
            self._title_from_render = found["title"]
            self.present_anchor_ids = set(found["anchors"])
            if found["links"] is not None:
                self.links_to_anchors = {
                    files.get_file_from_path(src): dict(links) for src, links in found["links"].items()
                }
            for name, delta in found["counters"].items():
                counters[name] += delta
            for record in found["records"]:
                logging.getLogger(record.name).handle(copy.copy(record))
            return
        stats["page_misses"] = stats.get("page_misses", 0) + 1
        before = dict(counters)
        capture = _Capture()
        mkdocs_log.addHandler(capture)
        failed_before = (generation["value"], runner.shared_cache.generation)
        try:
            original(self, config, files)
        finally:
            mkdocs_log.removeHandler(capture)
        if (generation["value"], runner.shared_cache.generation) != failed_before:
            return  # a snippet failed, or ran, while the page rendered: render it again next time
        links = getattr(self, "links_to_anchors", None)
        _remember(
            _pages,
            key,
            {
                "content": self.content,
                "toc": copy.deepcopy(self.toc),
                "title": self._title_from_render,
                "anchors": set(self.present_anchor_ids or ()),
                "links": None if links is None else {f.src_uri: dict(v) for f, v in links.items()},
                "counters": {name: counters[name] - before.get(name, 0) for name in counters},
                "records": [r for r in capture.records if r.levelno >= logging.INFO],
            },
        )

    render.cached = True
    Page.render = render


# --- the theme's files, listed -----------------------------------------------------------

_listed: dict[tuple[str, bool], list[str]] = {}


def _installed(directory: str) -> bool:
    """A directory of an installed package (Material's templates): it does not change while serving."""
    return "site-packages" in pathlib.Path(directory).parts


def cache_theme_listing() -> None:
    """jinja2's FileSystemLoader.list_templates walks every theme directory at each rebuild
    (MkDocs lists the theme's static files); an installed package's directories are walked once."""
    if not ENABLED:
        return
    original = jinja2.FileSystemLoader.list_templates
    if getattr(original, "cached", False):
        return

    def list_templates(self) -> list[str]:
        found: set[str] = set()
        for searchpath in self.searchpath:
            key = (searchpath, self.followlinks)
            names = _listed.get(key) if _installed(searchpath) else None
            if names is None:
                names = original(jinja2.FileSystemLoader(searchpath, followlinks=self.followlinks))
                if _installed(searchpath):
                    _listed[key] = names
            found.update(names)
        return sorted(found)

    list_templates.cached = True
    jinja2.FileSystemLoader.list_templates = list_templates
