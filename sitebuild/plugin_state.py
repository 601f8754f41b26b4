"""The build's state: what the hooks keep (``STATE``) and what they read of other plugins' (``language_build``).

MkDocs imports a hook file afresh at every ``mkdocs serve`` rebuild, so what must
outlive one build lives here, imported once per process.  The order in which the
hooks use it is in sitebuild/__init__.py.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError

from sitebuild import runner


@dataclass
class BuildState:
    # for the process: every snippet's result (sitebuild/runner.py), and rebuild_cache.py's caches
    snippets: runner.Cache = field(default_factory=runner.Cache)
    search: dict[str, list[dict]] = field(default_factory=dict)
    pages: dict[str, dict] = field(default_factory=dict)
    theme_files: dict[tuple[str, bool], list[str]] = field(default_factory=dict)
    templates: dict[str, bytes] = field(default_factory=dict)
    cache_stats: dict[str, int] = field(default_factory=dict)  # hits and misses, for the tests
    failures: int = 0  # snippet failures shown on pages: a page that shows one is rendered again
    # for one build (both languages): set at on_config (rebuild_cache.install) and on_pre_build
    code: str = ""  # the digest of sitebuild/*.py: an edited hook renders every page again
    glossary: str = ""  # the digest of docs/glossary.zh.md: its terms are jieba's words in the search index
    started: float = 0.0
    planned: list[tuple[str, str]] = field(default_factory=list)  # (snippet, interpreter) runs the pages need
    shown: int = 0  # snippet outputs shown on pages
    english_404: bytes | None = None  # i18n_hooks: site/404.html, kept while the Chinese build writes its own
    permalink_title: str | None = None  # i18n_hooks: the English permalink title, from mkdocs.yml
    lab_downloads: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # lab_hooks: by their sources
    lab_runs: dict[str, dict] = field(default_factory=dict)  # lab_hooks: each notebook's run, by name
    lab_tocs: dict[str, list] = field(default_factory=dict)  # lab_hooks: a lab page's toc tokens, by src_uri
    # for the page being rendered (mkdocs_hooks): its source and its fences, as fences.py read them
    page: str = "?"
    page_fences: list = field(default_factory=list)

    def new_build(self) -> None:
        """The first language's on_pre_build: count afresh; never replay a snippet that failed."""
        self.snippets.reset_counts()
        self.started, self.planned, self.shown = time.perf_counter(), [], 0


STATE = BuildState()


_I18N = ("building", "current_language")


def language_build(config) -> str | None:
    """The language mkdocs-static-i18n is building after the default one; None in the first build
    (without the plugin: the only one).

    None of what it reads is public API: if an upgrade renames it, the build stops
    saying what to check, instead of quietly building a wrong site.
    """
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return None
    missing = [name for name in _I18N if not hasattr(i18n, name)]
    if missing:
        raise PluginError(
            f"mkdocs-static-i18n has no attribute {', '.join(missing)}: sitebuild/plugin_state.py reads it to "
            "know which build is running; check it against the installed mkdocs-static-i18n (requirements.txt pins it)"
        )
    return i18n.current_language if i18n.building else None
