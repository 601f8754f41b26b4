"""MkDocs hooks that make mkdocs-static-i18n work with the rest of this site.

- mkdocs-jupyter pages: i18n rebuilds the file list (on_files, priority -100)
  from plain File objects, so the notebook page would be copied as a raw .py
  file instead of rendered (upstream mkdocs-static-i18n issue #198).  We wrap
  the notebook sources again as mkdocs-jupyter NotebookFile pages afterwards.
- The language switcher with navigation.instant: i18n warns that Material's
  header is not re-rendered by instant navigation, so its per-page links go
  stale.  docs/javascripts/language-switch.js computes the link at click time
  instead (a browser test navigates, then switches, both ways); we drop that
  one warning so --strict keeps failing on all others.
- The 404 page: each language's build writes site/404.html, so the last one
  (Chinese) replaced the English page that GitHub Pages serves for any
  missing address.  Each extra language's 404 page now goes to <lang>/404.html.
- One search index per language: i18n builds one index for the whole site
  (622 KB, 137 KB gzipped, more than half of it the Chinese pages), and
  Material fetches it on every page load before the reader has typed anything.
  After the build we split it: ``search/search_index.json`` keeps the default
  language's pages, searched with that language's rules only (English: 57 KB
  gzipped); ``<lang>/search/search_index.json`` holds one edition's pages,
  located relative to ``<lang>/`` and searched with the site-wide rules
  (Chinese pages also hold English names in code); ``<lang>/sitemap.xml`` lists
  that edition's pages for Material's instant navigation.  An edition's pages
  point Material at their own root (``"base"`` in the page's ``__config``),
  where it looks for both files, so a search on a Chinese page finds Chinese
  pages.
- Chinese search, the index: Material's search plugin segments Chinese text
  with jieba, whose dictionary splits 可重入锁 into 可 + 重入 + 锁 and 主线程
  into 主线 + 程, so a reader searching for them would find nothing.  We teach
  jieba the site's terms: the bold Chinese terms of the glossary
  (docs/glossary.zh.md), the one list of them, which readers see too.
- Chinese search, the query: Material's search worker cuts a Chinese query
  into the words of the index, but never tries the query's last character
  (``segment()`` in Material's search worker loops ``j < query.length``), so
  死锁 became 死* and 可重入锁 可* 重入*.  The site's search worker
  (docs/assets/javascripts/workers/search.js) makes it try it (the report for
  Material is in CONTRIBUTING.md).
- The search's ranking, in the index: a title weighs TITLE_BOOST times its
  text (Material's 1000 let one word of a title outweigh a section that
  answers every word of the query), and a page's own entry (its title and
  first paragraphs) PAGE_BOOST times a section's, since Material's worker
  already multiplies a page's score by 2 to 5 over a section's.  The query
  side is docs/assets/javascripts/workers/search.js.
- The heading permalinks' title (Python-Markdown's toc option, one for the
  whole site) in the page's language: PERMALINK_TITLES.
"""

from __future__ import annotations

import fnmatch
import json
import logging
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitebuild import plugin_state  # noqa: E402

log = logging.getLogger("mkdocs.plugins.i18n_hooks")


class _InstantNavigationHandled(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_InstantNavigationHandled())

#: The glossary: its bold Chinese terms are the words a reader searches for as one word.
GLOSSARY = "glossary.zh.md"
_TERM = re.compile(r"\*\*([\u4e00-\u9fff]+)\*\*")
#: The title of a heading's permalink (the toc extension's permalink_title), by language.
PERMALINK_TITLES = {"zh": "永久链接"}
#: The search's weights, written into each edition's index (see the module's docstring).
TITLE_BOOST = 10.0
PAGE_BOOST = 0.5
_CONFIG = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')
_URL = re.compile(r"<url>.*?</url>", re.S)


def on_config(config):
    try:
        import jieba
    except ImportError:  # Material then indexes Chinese unsegmented
        return config
    jieba.setLogLevel(logging.WARNING)  # a clean build log: not its "Building prefix dict..." lines
    for term in search_terms(Path(config.docs_dir) / GLOSSARY):
        jieba.add_word(term)
    return config


def search_terms(glossary: Path) -> list[str]:
    """The Chinese terms the glossary sets in bold: each is one word for the search index."""
    return sorted(set(_TERM.findall(glossary.read_text("utf-8")))) if glossary.is_file() else []


@event_priority(-110)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):
    if plugin_state.language_build(config).language is None:
        for problem in missing_twins(config):
            log.error("%s", problem)
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None:
        return files
    from mkdocs_jupyter.plugin import NotebookFile

    for file in list(files):  # in place: files is i18n's own Files subclass
        if not isinstance(file, NotebookFile) and file.abs_src_path and jupyter.should_include(file):
            page = NotebookFile(file, **config)
            # keep i18n's destination (zh/lab/x/ for lab/x.zh.py), not the one
            # NotebookFile derives from the source name
            page.dest_uri, page.url, page.abs_dest_path = file.dest_uri, file.url, file.abs_dest_path
            files.remove(file)
            files.append(page)
    i18n = config.plugins.get("i18n")
    if i18n is not None:  # i18n lists each language's pages for sitemap.xml in its on_files
        i18n.i18n_files_per_language[i18n.current_language] = files.documentation_pages()
    return files


def missing_twins(config) -> list[str]:
    """Every page (and notebook) needs its twin in each language: one line per missing file.

    Without this check mkdocs-static-i18n (``fallback_to_default: false``) only
    says "not included in nav" or "reference not found", about the page that
    exists.  A site that falls back to the default language's pages (the small
    sites of the tests) needs no twins.
    """
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.config.fallback_to_default:
        return []
    docs = Path(config.docs_dir)
    jupyter = config.plugins.get("mkdocs-jupyter")
    notebooks = list(jupyter.config["include"]) if jupyter is not None else []
    locales = [
        language.locale for language in i18n.config.languages if not language.default and language.build
    ]
    return twin_problems(docs, locales, notebooks)


def twin_problems(docs: Path, locales: list[str], notebooks: list[str]) -> list[str]:
    """The missing twins of the pages under `docs` (and of its notebooks, glob patterns), named."""
    suffix = re.compile(rf"\.({'|'.join(map(re.escape, locales))})$") if locales else None
    problems = []
    for file in sorted(docs.rglob("*")):
        rel = file.relative_to(docs).as_posix()
        if not file.is_file() or not (
            file.suffix == ".md" or any(fnmatch.fnmatch(rel, n) for n in notebooks)
        ):
            continue
        stem = rel[: -len(file.suffix)]
        translated = suffix.search(stem) if suffix else None
        if translated:
            original = f"{stem[: translated.start()]}{file.suffix}"
            if not (docs / original).is_file():
                problems.append(
                    f"docs/{rel} translates docs/{original}, which is missing (add it, or remove docs/{rel})"
                )
            continue
        for locale in locales:
            twin = f"{stem}.{locale}{file.suffix}"
            if not (docs / twin).is_file():
                problems.append(
                    f"docs/{rel} has no '{locale}' twin: docs/{twin} is missing (every page has one)"
                )
    return problems


_english_404: dict[str, bytes] = {}


def on_pre_build(config):
    language = plugin_state.language_build(config).language
    page = Path(config.site_dir) / "404.html"
    if language and page.is_file():
        _english_404["page"] = page.read_bytes()
    toc = config.mdx_configs.get("toc")
    if toc is not None:  # each page's Markdown is set up from this at render time
        _english_permalink_title.setdefault("title", toc.get("permalink_title", "Permanent link"))
        toc["permalink_title"] = PERMALINK_TITLES.get(language, _english_permalink_title["title"])


_english_permalink_title: dict[str, str] = {}


def on_post_page(output, page, config):
    """An edition's page looks for its search index and sitemap under its own root."""
    language = plugin_state.language_build(config).language
    if language is None:
        return output
    return _CONFIG.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{language}/{m[3]}", output, count=1)


def on_post_template(output, template_name, config):
    """The edition's 404 page (a template, not a page) too."""
    return on_post_page(output, None, config) if template_name == "404.html" else output


@event_priority(-150)  # after mkdocs-static-i18n's on_post_build (-100): its builds and whole index
def on_post_build(config):
    language = plugin_state.language_build(config).language
    if language and "page" in _english_404:
        page = Path(config.site_dir) / "404.html"
        (Path(config.site_dir) / language).mkdir(exist_ok=True)
        page.replace(Path(config.site_dir) / language / "404.html")
        page.write_bytes(_english_404.pop("page"))
    elif language is None and config.plugins.get("i18n") is not None:
        _split_search_index(config)


def _split_search_index(config):
    site = Path(config.site_dir)
    whole = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    languages = [language for language in config.plugins["i18n"].config.languages if language.build]
    default = next(language.locale for language in languages if language.default)
    editions = [language.locale for language in languages if not language.default]

    def edition_of(location: str) -> str | None:
        return next((e for e in editions if location.startswith(f"{e}/")), None)

    _write_index(
        site / "search" / "search_index.json",
        dict(whole["config"], lang=[default]),
        [doc for doc in whole["docs"] if edition_of(doc["location"]) is None],
    )
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    head, _, _ = sitemap.partition("<url>")
    for edition in editions:
        docs = [
            dict(doc, location=doc["location"][len(edition) + 1 :])
            for doc in whole["docs"]
            if edition_of(doc["location"]) == edition
        ]
        _write_index(site / edition / "search" / "search_index.json", whole["config"], docs)
        urls = [url for url in _URL.findall(sitemap) if re.search(rf"<loc>[^<]*/{edition}/[^<]*</loc>", url)]
        (site / edition / "sitemap.xml").write_text(head + "\n".join(urls) + "\n</urlset>\n", "utf-8")


def _write_index(path: Path, index_config: dict, docs: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fields = index_config["fields"]
    index_config = dict(index_config, fields=dict(fields, title=dict(fields["title"], boost=TITLE_BOOST)))
    docs = [
        doc if "#" in doc["location"] else dict(doc, boost=round(doc.get("boost", 1.0) * PAGE_BOOST, 3))
        for doc in docs
    ]
    text = json.dumps({"config": index_config, "docs": docs}, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text, "utf-8")
