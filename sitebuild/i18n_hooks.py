"""MkDocs hooks that make mkdocs-static-i18n work with the rest of this site.

- mkdocs-jupyter pages: i18n rebuilds the file list from plain File objects
  (mkdocs-static-i18n issue #198); on_files wraps the notebooks again.
- navigation.instant: i18n warns that Material's header (the language switcher)
  goes stale; docs/javascripts/language-switch.js computes the link at click time,
  so that one warning is dropped and --strict still fails on all others.
- 404.html: each language's build writes site/404.html; the Chinese one goes to zh/404.html.
- One search index and sitemap per edition (on_post_build): i18n builds one index
  for the whole site, fetched on every page load; an edition's pages look for
  theirs under their own root (``"base"`` in the page's ``__config``).  Each index
  weighs a title TITLE_BOOST times its text (Material's 1000 let one title word
  outweigh a section answering the whole query) and a page's own entry PAGE_BOOST
  times a section's (Material's worker already favours pages); the query side is
  docs/assets/javascripts/workers/search.js (it also fixes the query's Chinese
  segmentation: CONTRIBUTING.md has the report for Material).
- Chinese search: jieba learns the glossary's bold terms (docs/glossary.zh.md), which
  its dictionary would split (主线程 into 主线 + 程).
- The heading permalinks' title in the page's language: PERMALINK_TITLES.
"""

from __future__ import annotations

import fnmatch
import json
import logging
import re
from pathlib import Path

import jieba
from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

from sitebuild import plugin_state
from sitebuild.plugin_state import STATE

ROOT = Path(__file__).resolve().parent.parent

log = logging.getLogger("mkdocs.plugins.i18n_hooks")
logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(
    lambda record: "not compatible with theme.features = navigation.instant" not in record.getMessage()
)

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
    jieba.setLogLevel(logging.WARNING)  # a clean build log: not its "Building prefix dict..." lines
    for term in search_terms(Path(config.docs_dir) / GLOSSARY):
        jieba.add_word(term)
    return config


def search_terms(glossary: Path) -> list[str]:
    """The Chinese terms the glossary sets in bold: each is one word for the search index."""
    return sorted(set(_TERM.findall(glossary.read_text("utf-8")))) if glossary.is_file() else []


@event_priority(-110)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):
    if plugin_state.language_build(config) is None:
        for problem in missing_twins(config):
            log.error("%s", problem)
    jupyter, i18n = config.plugins["mkdocs-jupyter"], config.plugins["i18n"]
    for file in list(files):  # in place: files is i18n's own Files subclass
        if not isinstance(file, NotebookFile) and file.abs_src_path and jupyter.should_include(file):
            page = NotebookFile(file, **config)
            # keep i18n's destination (zh/lab/x/ for lab/x.zh.py), not the one
            # NotebookFile derives from the source name
            page.dest_uri, page.url, page.abs_dest_path = file.dest_uri, file.url, file.abs_dest_path
            files.remove(file)
            files.append(page)
    # i18n lists each language's pages for sitemap.xml in its on_files
    i18n.i18n_files_per_language[i18n.current_language] = files.documentation_pages()
    return files


def missing_twins(config) -> list[str]:
    """Every page (and notebook) needs its twin in each language: one line per missing file
    (mkdocs-static-i18n only says "not included in nav" about the page that exists).
    A site that falls back to the default language's pages (the tests' small sites) needs none."""
    i18n = config.plugins["i18n"]
    if i18n.config.fallback_to_default:
        return []
    docs = Path(config.docs_dir)
    notebooks = list(config.plugins["mkdocs-jupyter"].config["include"])
    locales = [
        language.locale for language in i18n.config.languages if not language.default and language.build
    ]
    suffix = re.compile(rf"\.({'|'.join(map(re.escape, locales))})$")
    problems = []
    for file in sorted(path for path in docs.rglob("*") if path.is_file()):
        rel = file.relative_to(docs).as_posix()
        if file.suffix != ".md" and not any(fnmatch.fnmatch(rel, pattern) for pattern in notebooks):
            continue
        stem = rel[: -len(file.suffix)]
        if translated := suffix.search(stem):
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


def on_pre_build(config):
    language = plugin_state.language_build(config)
    page = Path(config.site_dir) / "404.html"
    if language and page.is_file():
        STATE.english_404 = page.read_bytes()
    toc = config.mdx_configs["toc"]  # each page's Markdown is set up from this at render time
    if language is None:  # the English build, with mkdocs.yml's title
        STATE.permalink_title = toc.get("permalink_title", "Permanent link")
    toc["permalink_title"] = PERMALINK_TITLES.get(language, STATE.permalink_title)


def on_post_page(output, page, config):
    """An edition's page looks for its search index and sitemap under its own root."""
    language = plugin_state.language_build(config)
    if language is None:
        return output
    return _CONFIG.sub(lambda m: f"{m[1]}{m[2].rstrip('/')}/{language}/{m[3]}", output, count=1)


def on_post_template(output, template_name, config):
    """The edition's 404 page (a template, not a page) too."""
    return on_post_page(output, None, config) if template_name == "404.html" else output


@event_priority(-150)  # after mkdocs-static-i18n's on_post_build (-100): its builds and whole index
def on_post_build(config):
    language = plugin_state.language_build(config)
    if language and STATE.english_404 is not None:
        page = Path(config.site_dir) / "404.html"
        (Path(config.site_dir) / language).mkdir(exist_ok=True)
        page.replace(Path(config.site_dir) / language / "404.html")
        page.write_bytes(STATE.english_404)
        STATE.english_404 = None
    elif language is None:
        _split_search_index(config)


def _split_search_index(config):
    site = Path(config.site_dir)
    whole = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    languages = [language for language in config.plugins["i18n"].config.languages if language.build]
    default = next(language.locale for language in languages if language.default)
    editions = [language.locale for language in languages if not language.default]
    docs: dict[str | None, list[dict]] = {None: [], **{edition: [] for edition in editions}}
    for doc in whole["docs"]:  # an edition's locations relative to its root
        edition = next((e for e in editions if doc["location"].startswith(f"{e}/")), None)
        docs[edition].append(dict(doc, location=doc["location"][len(edition) + 1 :]) if edition else doc)
    _write_index(site / "search" / "search_index.json", dict(whole["config"], lang=[default]), docs[None])
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    head = sitemap.partition("<url>")[0]
    for edition in editions:
        _write_index(site / edition / "search" / "search_index.json", whole["config"], docs[edition])
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
