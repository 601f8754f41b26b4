"""Fixes to Material's start-up, applied to the site's copy of its bundle after the build.

Each removes a restyle of the whole page while it starts, after its first
paint: on a long page, the main thread's longest tasks (Lighthouse's total
blocking time).  Each is here because nothing of the site's own can do it:
Material has no option for any, and the code each changes runs inside the
bundle, on the page's own elements, at start-up (each fix says why no override
or CSS rule can).  The browser tests check each on the built site.

They edit minified code by pattern.  When Material changes the code, the build
warns (and --strict fails): check the code and update the pattern (or drop a
fix that Material has made itself).  Only a script wrapping the DOM's own
methods (setAttribute, appendChild, the href setter) before the bundle runs
could do the same without the patterns: more code, on every element's calls,
and a silent no-op instead of a failed build when Material changes.  What the
site does itself is elsewhere: the search index fetched on demand and the
search worker (the ranking, Chinese queries) in overrides/main.html and
docs/assets/javascripts/workers/search.js.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from mkdocs.plugins import event_priority

from sitebuild import plugin_state

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
    if plugin_state.language_build(config) is None:  # the last build: every asset in place
        site = Path(config.site_dir)
        for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
            _palette_switch_on_change(bundle)
            _tables_wrapped_at_build(bundle)
            _color_scheme_kept(bundle)
            _stylesheets_kept(bundle)


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
    without).  An override cannot stop the component, and no rule of the site's
    CSS can make the attribute's change free.  We drop it here; overrides/main.html sets it when a palette input
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
    are (_tables_wrapped_at_build).  A class could not keep the tables in place:
    Material wraps every ``table:not([class])``, and its table styles use the
    same selector.
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
    canvas, scroll bars, form controls).  Material's palette adds its own (it
    does not look for one), empty, after the first paint, then fills it in: each change makes Chrome restyle every
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
    to the same place), the links to the page's stylesheets included (the
    site's addresses must stay relative: it is served from several hosts and
    folders).  A new
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
