"""Fixes to Material's start-up, applied to the site's copies of its JavaScript after the build.

They edit minified code by pattern.  When Material changes the code, the build
warns (and --strict fails): check the code and update the pattern (or drop a
fix that Material has made itself).  tests/search/ and the browser tests check
each on the built site.

1. The search index is fetched when a reader opens search, not on every page
   load (_search_index_on_demand).
2. No "switching colours" restyle of the whole page at start-up, when no
   colours switch (_palette_switch_on_change).
3. Tables come wrapped for scrolling from the build (TablesWrapped), so that
   Material does not move each one into its wrapper at start-up
   (_tables_wrapped_at_build).
4. The page's colour scheme is in its HTML (overrides/main.html), and Material
   changes it only when it differs (_color_scheme_kept).
5. Instant navigation leaves the stylesheets' links as they are
   (_stylesheets_kept).
6. Chinese queries are cut into the index's words up to their last character
   (_fix_search_worker).
7. The search's ranking: exact words before prefixes, stop words dropped in both
   languages, readers' words searched as the pages' words
   (sitebuild/search_worker.js, appended to the worker by _search_ranking).

2 to 5 each remove a restyle of the whole page while it starts, after its first
paint: on a long page, the main thread's longest tasks (Lighthouse's total
blocking time).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitebuild import plugin_state  # noqa: E402

log = logging.getLogger("mkdocs.plugins.material_patches")


def _changed(code_file: Path, where: str, fix: str) -> None:
    """Material's code no longer matches a fix's pattern: warn, so that --strict fails."""
    log.warning(
        "Material's %s changed: check where %s (see sitebuild/material_patches.py) and update %s",
        code_file.name,
        where,
        fix,
    )


def on_config(config):
    if not any(isinstance(extension, TablesWrapped) for extension in config.markdown_extensions):
        config.markdown_extensions.append(TablesWrapped())  # once, though each language builds


@event_priority(-150)  # after mkdocs-static-i18n's on_post_build (-100), which builds the editions
def on_post_build(config):
    if plugin_state.language_build(config).language is None:  # the last build: every asset in place
        site = Path(config.site_dir)
        for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
            _search_index_on_demand(bundle)
            _palette_switch_on_change(bundle)
            _tables_wrapped_at_build(bundle)
            _color_scheme_kept(bundle)
            _stylesheets_kept(bundle)
        _fix_search_worker(site)
        _search_ranking(site)


#: The two places where Material's bundle subscribes to the search index at start-up
#: (minified; names differ between releases, so they are captured):
#: the search (src/templates/assets/javascripts/integrations/search/_/index.ts)
#:     merge(of(location.protocol !== "file:"), watchToggle("search")).pipe(first(active => active), switchMap(() => index$))
_SEARCH = re.compile(
    r'(?P<merge>[\w$]+\()[\w$]+\(location\.protocol!=="file:"\),(?P<toggle>[\w$]+\("search"\))\)\.pipe\('
    r"(?P<first>[\w$]+)\(\w+=>\w+\),(?P<switch_map>[\w$]+)\(\(\)=>\w+\)\)"
)
#: and the highlighting of a search's words on the page it opens (components/search/highlight):
#:     combineLatest([index$, location$.pipe(startWith(getLocation()), filter(url => !!url.searchParams.get("h")))])
_HIGHLIGHT = re.compile(
    r"(?P<combine>[\w$]+)\(\[(?P<index>[\w$]+),"
    r'(?P<location>[\w$]+\.pipe\([\w$]+\([\w$]+\(\)\),[\w$]+\((\w+)=>!!\4\.searchParams\.get\("h"\)\)\))\]\)'
)


def _search_index_on_demand(bundle: Path) -> None:
    """Fetch the search index when the reader opens search, as Material already does under file://.

    Material's bundle fetches the whole index (120 KB gzipped for the English
    pages, 150 KB for the Chinese ones) and hands it to the search worker as
    soon as any page loads, whether or not the reader searches.  Two places
    subscribe to it at start-up:

    - the search: served over http it starts on ``of(true)``; opened from disk
      it waits for the search toggle (the search field focused, the search icon
      clicked, a keyboard shortcut).  We drop the ``of(...)``: http behaves as
      file:// does.
    - search.highlight, which marks a search's words on the page a result
      opens (``?h=...`` in its address) and needs the index's settings for it:
      it subscribes on every page.  We make it wait for an address with ``h``
      (``first()``, then ``switchMap`` to the index, the operators the search
      part uses).

    A page load then no longer downloads and parses the index, and a slow
    phone's first paint no longer waits behind it (Lighthouse counts every
    request started before the largest paint: a busy load's LCP went from 1.5
    to 2.7 s).  The first search waits for the index, under Material's own
    "Initializing search" line.
    """
    code = bundle.read_text("utf-8")
    if 'location.protocol!=="file:"' not in code and '.searchParams.get("h"))).pipe(' in code:
        return  # patched in an earlier build (mkdocs serve)
    search = _SEARCH.search(code)
    highlight = _HIGHLIGHT.search(code)
    if not (search and highlight and len(_SEARCH.findall(code)) == len(_HIGHLIGHT.findall(code)) == 1):
        _changed(bundle, "it loads the search index", "_search_index_on_demand")
        return
    first, switch_map = search["first"], search["switch_map"]
    lazy_index = f"{highlight['location']}.pipe({first}(),{switch_map}(()=>{highlight['index']}))"
    code = (
        code[: highlight.start()]
        + f"{highlight['combine']}([{lazy_index},{highlight['location']}])"
        + code[highlight.end() :]
    )
    # merge(of(...), watchToggle("search")) -> merge(watchToggle("search")), the rest as it was
    code = _SEARCH.sub(lambda m: m["merge"] + m[0][m.start("toggle") - m.start() :], code)
    bundle.write_text(code, "utf-8")


#: The palette's subscriber marks every change as a switch (components/palette):
#:     document.body.setAttribute("data-md-color-switching", ""), then the colours
_SWITCHING = 'if(document.body.setAttribute("data-md-color-switching",""),'


def _palette_switch_on_change(bundle: Path) -> None:
    """Mark a colour switch when the reader switches, not when the page starts.

    Material's CSS turns transitions off while ``data-md-color-switching`` is
    on <body> (``[data-md-color-switching] *``), and its palette component sets
    it for every palette it applies, the first one at start-up included, when
    nothing switches: Material's inline script has already applied the stored
    palette before the page was parsed.  Setting and removing it restyles every
    element of the page, twice, while the page starts (on the questions page, a
    Chrome trace with 4x CPU throttling: style recalculation 1.8 s in all, 0.9 s
    without).  We drop it here; overrides/main.html sets it when a palette input
    changes (a click or Enter on the toggle), just before Material applies that
    palette, and Material removes it a frame later, as before.
    """
    code = bundle.read_text("utf-8")
    if code.count(_SWITCHING) == 1:
        bundle.write_text(code.replace(_SWITCHING, "if("), "utf-8")
    elif "data-md-color-switching" in code and 'setAttribute("data-md-color-switching"' in code:
        _changed(bundle, "its palette sets data-md-color-switching", "_palette_switch_on_change")


class TablesWrapped(Extension):
    """Each Markdown table inside the two <div>s that Material's bundle would move it into.

    Material makes a wide table scroll sideways by wrapping it at start-up
    (components/content/table: ``<div class="md-typeset__scrollwrap"><div
    class="md-typeset__table">``).  Moving tables out of the page and back in
    made Chrome restyle most of the longest chapter (480 elements, 120-400 ms of
    its start-up in a Chrome trace at 4x CPU throttling).  The build writes the
    same markup, and the bundle leaves tables that are already wrapped as they
    are (_tables_wrapped_at_build).
    """

    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's name)
        md.treeprocessors.register(_WrapTables(md), "tables_wrapped", 5)  # after the tables are built


class _WrapTables(Treeprocessor):
    def run(self, root):
        for parent in list(root.iter()):
            for index, table in enumerate(list(parent)):
                if table.tag == "table" and "class" not in table.attrib:  # Material's table:not([class])
                    scrollwrap = parent.makeelement("div", {"class": "md-typeset__scrollwrap"})
                    inner = parent.makeelement("div", {"class": "md-typeset__table"})
                    scrollwrap.append(inner)
                    scrollwrap.tail, table.tail = table.tail, None
                    parent[index] = scrollwrap
                    inner.append(table)


#: The selector with which Material's content component finds the tables it wraps (minified):
#:     ...getElements("table:not([class])", el).map(table => mountDataTable(table))
_TABLES = '"table:not([class])"'


def _tables_wrapped_at_build(bundle: Path) -> None:
    """Leave tables that the build has wrapped (TablesWrapped) where they are."""
    code = bundle.read_text("utf-8")
    if code.count(_TABLES) == 1:
        bundle.write_text(
            code.replace(_TABLES, '"table:not([class]):not(.md-typeset__table > table)"'), "utf-8"
        )
    elif "md-typeset__table > table" not in code:
        _changed(bundle, "it wraps tables", "_tables_wrapped_at_build")


#: The palette component (components/palette) adds an empty <meta name="color-scheme">
#: at start-up and then sets it from the header's computed colour scheme:
_SCHEME_META = re.compile(
    r'let (?P<meta>[\w$]+)=(?P<h>[\w$]+)\("meta",\{name:"color-scheme"\}\);document\.head\.appendChild\((?P=meta)\);'
)
_SCHEME_SET = re.compile(r"(?P<meta>[\w$]+)\.content=(?P<style>[\w$]+)\.colorScheme,")


def _color_scheme_kept(bundle: Path) -> None:
    """Use the page's own <meta name="color-scheme">, and change it only when the scheme differs.

    The meta tells the browser which colours to use for the page itself (its
    canvas, scroll bars, form controls).  Material's palette adds it empty after
    the first paint, then fills it in: each change makes Chrome restyle every
    element of the page.  overrides/main.html writes it, with the colour scheme
    of Material's default palette (light), before anything is painted.  The
    palette now uses that meta, and changes it only for a dark palette (the
    reader's choice, or the system's), as it did before.
    """
    code = bundle.read_text("utf-8")
    meta, set_ = _SCHEME_META.search(code), _SCHEME_SET.search(code)
    if meta and set_ and len(_SCHEME_META.findall(code)) == len(_SCHEME_SET.findall(code)) == 1:
        m, s = set_["meta"], set_["style"]
        code = _SCHEME_SET.sub(f"{m}.content!=={s}.colorScheme&&({m}.content={s}.colorScheme),", code)
        code = _SCHEME_META.sub(
            lambda found: (
                f"let {found['meta']}=document.querySelector('meta[name=\"color-scheme\"]')"
                f'||document.head.appendChild({found["h"]}("meta",{{name:"color-scheme"}}));'
            ),
            code,
        )
        bundle.write_text(code, "utf-8")
    elif 'meta[name="color-scheme"]' not in code:
        _changed(bundle, 'its palette sets <meta name="color-scheme">', "_color_scheme_kept")


#: Instant navigation (integrations/instant) makes every relative address of a
#: document absolute, the page's own at start-up included:
#:     for (const el of getElements("[href], [src]", document)) ... el[key] = el[key]
_RESOLVE = re.compile(
    r'(?P<start>for\(let (?P<el>[\w$]+) of [\w$]+\()"\[href\], \[src\]"'
    r'(?P<rest>,[\w$]+\)\)for\(let [\w$]+ of\["href","src"\]\)\{let [\w$]+=(?P=el)\.getAttribute\([\w$]+\);'
    r"if\([^{}]*\)\{(?P=el)\[(?P<key>[\w$]+)\]=(?P=el)\[(?P=key)\];break\}\})"
)
#: and, on each navigation, keeps the <head> elements that the new page has too, by outerHTML:
#:     for (const el of getElements(":scope > *", document.head)) map.set(el.outerHTML, el)
_HEAD_KEYS = re.compile(
    r'for\(let (?P<el>[\w$]+) of [\w$]+\(":scope > \*",[\w$]+\.head\)\)(?P<map>[\w$]+)\.set\((?P=el)\.outerHTML,(?P=el)\)'
)


def _stylesheets_kept(bundle: Path) -> None:
    """Leave the stylesheets' links of the page as they are: no reload of its styles at start-up.

    At start-up, instant navigation sets every relative href and src of the page
    to the absolute address (so that links kept from page to page still point
    to the same place), the links to the page's stylesheets included.  A new
    href makes Chrome load the stylesheet again and restyle every element (on
    the longest chapter, 60-90 ms of its start-up in a Chrome trace, 4x CPU
    throttling).  Material needs the absolute address in one place: it keeps a
    stylesheet from page to page when the new page's <head> has the same
    element, compared as text.  So the addresses stay as they are, and that
    comparison reads a stylesheet's address resolved: the address its styles
    were loaded from (``sheet.href``) for the page shown, the address resolved
    against the new page's location for the page that replaces it.
    """
    code = bundle.read_text("utf-8")
    resolve, keys = _RESOLVE.search(code), _HEAD_KEYS.search(code)
    if resolve and keys and len(_RESOLVE.findall(code)) == len(_HEAD_KEYS.findall(code)) == 1:
        code = _RESOLVE.sub(
            lambda m: m["start"] + '"[href]:not(link[rel=stylesheet]), [src]"' + m["rest"], code
        )
        el = keys["el"]
        key = (
            f'({el}.matches("link[rel=stylesheet]")?(c=>(c.setAttribute("href",{el}.sheet?{el}.sheet.href:{el}.href),'
            f"c.outerHTML))({el}.cloneNode()):{el}.outerHTML)"
        )
        code = _HEAD_KEYS.sub(lambda m: m[0].replace(f"{el}.outerHTML", key, 1), code)
        bundle.write_text(code, "utf-8")
    elif '"[href]:not(link[rel=stylesheet]), [src]"' not in code:
        _changed(bundle, "instant navigation resolves addresses", "_stylesheets_kept")


#: The loops of Material's segment() (search worker, minified): the substrings of a
#: query it looks up in the index, and where it continues after a match.
_SEGMENT_LOOKUP = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")
_SEGMENT_CONTINUE = re.compile(r"(\w+\[(\w+)\]&&\2<(\w+)\.length)-1(&&)")
#: The lookup loop as fixed (by us in an earlier build, or by Material).
_SEGMENT_FIXED = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<=(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")


def _fix_search_worker(site: Path) -> None:
    """Let Material's search worker cut a Chinese query into words that end at its last character.

    Material's search worker (9.x) segments each run of Han characters in a
    query with the words of the index (segment() in
    src/templates/assets/javascripts/integrations/search/query/segment/index.ts),
    but two bounds are one short:

        for (let j = i + 1; j < query.length; j++)   // query.slice(i, j) never reaches the end
        if (wordcuts[q] && q < query.length - 1)     // a last one-character word is dropped

    so the query 死锁, a word of the index, is looked up as 死 (then 死*),
    and 可重入锁 as 可 + 重入.  A query only finds its word when no prefix of it
    is a word.  The fix is ``j <= query.length`` and ``q < query.length``; we
    apply it to the site's copy of the worker.  On a worker already fixed (an
    earlier build's copy, or Material's own fix) nothing is done; when Material
    changes the code otherwise, the build warns (and --strict fails): check the
    worker.
    """
    for worker in (site / "assets" / "javascripts" / "workers").glob("search.*.min.js"):
        code = worker.read_text("utf-8")
        code, looked_up = _SEGMENT_LOOKUP.subn(lambda m: m[0].replace(f"{m[1]}<", f"{m[1]}<="), code)
        code, continued = _SEGMENT_CONTINUE.subn(r"\1\4", code)
        if (looked_up, continued) == (1, 1):
            worker.write_text(code, "utf-8")
        elif "sc=Han" in code and not (looked_up == continued == 0 and _SEGMENT_FIXED.search(code)):
            _changed(worker, "segment() cuts a query into words", "_fix_search_worker")


#: The site's ranking, run in the search worker after Material's code (lunr's public API only).
SEARCH_RANKING = Path(__file__).with_name("search_worker.js")
#: What it needs from Material's worker: lunr exposed as self.lunr (integrations/search/worker/main),
#: and lunr's query method, through which Material's index.search(query) runs every search.
_WORKER_LUNR = re.compile(r"self\.lunr=[\w$.]+;")
_MARK = "/* The site's search ranking,"


def _search_ranking(site: Path) -> None:
    """Append sitebuild/search_worker.js to the site's copy of Material's search worker.

    The script wraps ``lunr.Index.prototype.query``, which Material's worker
    calls for every search (``index.search(query)``), and rewrites the query's
    clauses before lunr scores them: an exact word at full weight and a longer
    word it begins at much less, no stop words, synonyms (its docstring says
    why).  It goes before the worker's source-map comment, after Material's
    code, which has by then exposed lunr as ``self.lunr``.  If Material stops
    exposing it, the build warns (and --strict fails);
    tests/search/test_reader_queries.py fails on a ranking that no longer works.
    """
    script = _minified(SEARCH_RANKING.read_text("utf-8"))
    for worker in (site / "assets" / "javascripts" / "workers").glob("search.*.min.js"):
        code = worker.read_text("utf-8")
        if _MARK in code:
            continue  # an earlier build's copy
        if len(_WORKER_LUNR.findall(code)) != 1:
            _changed(worker, "it exposes lunr (self.lunr)", "_search_ranking")
            continue
        head, mark, tail = code.rpartition("//# sourceMappingURL=")
        worker.write_text(f"{head}\n{script}\n{mark}{tail}" if mark else f"{code}\n{script}\n", "utf-8")


def _minified(script: str) -> str:
    """The script without its comments and indentation (every page's budget counts the worker), marked."""
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    lines = [line.strip() for line in code.splitlines() if line.strip()]
    return "\n".join([_MARK + " sitebuild/search_worker.js */", *lines])
