"""Three fixes to Material's JavaScript, applied to the site's copies after the build.

Both edit minified code by pattern.  When Material changes the code, the build
warns (and --strict fails): check the code and update the pattern (or drop a
fix that Material has made itself).  tests/search/ and the browser tests check
both on the built site.

1. The search index is fetched when a reader opens search, not on every page
   load (_search_index_on_demand).
2. No "switching colours" restyle of the whole page at start-up, when no
   colours switch (_palette_switch_on_change).
3. Chinese queries are cut into the index's words up to their last character
   (_fix_search_worker).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sitebuild import plugin_state  # noqa: E402

log = logging.getLogger("mkdocs.plugins.material_patches")


@event_priority(-150)  # after mkdocs-static-i18n's on_post_build (-100), which builds the editions
def on_post_build(config):
    if plugin_state.language_build(config).language is None:  # the last build: every asset in place
        site = Path(config.site_dir)
        for bundle in (site / "assets" / "javascripts").glob("bundle.*.min.js"):
            _search_index_on_demand(bundle)
            _palette_switch_on_change(bundle)
        _fix_search_worker(site)


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
        log.warning(
            "Material's bundle %s changed: check where it loads the search index "
            "(see sitebuild/material_patches.py) and update _search_index_on_demand",
            bundle.name,
        )
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
        log.warning(
            "Material's bundle %s changed: check where its palette sets data-md-color-switching "
            "(see sitebuild/material_patches.py) and update _palette_switch_on_change",
            bundle.name,
        )


#: The loops of Material's segment() (search worker, minified): the substrings of a
#: query it looks up in the index, and where it continues after a match.
_SEGMENT_LOOKUP = re.compile(r"for\(let (\w+)=(\w+)\+1;\1<(\w+)\.length;\1\+\+\)\3\.slice\(\2,\1\)in ")
_SEGMENT_CONTINUE = re.compile(r"(\w+\[(\w+)\]&&\2<(\w+)\.length)-1(&&)")


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
    apply it to the site's copy of the worker.  When Material fixes it, the
    patterns no longer match and nothing is done; when Material changes the
    code otherwise, the build warns (and --strict fails): check the worker.
    """
    for worker in (site / "assets" / "javascripts" / "workers").glob("search.*.min.js"):
        code = worker.read_text("utf-8")
        code, looked_up = _SEGMENT_LOOKUP.subn(lambda m: m[0].replace(f"{m[1]}<", f"{m[1]}<="), code)
        code, continued = _SEGMENT_CONTINUE.subn(r"\1\4", code)
        if (looked_up, continued) == (1, 1):
            worker.write_text(code, "utf-8")
        elif "sc=Han" in code:
            log.warning(
                "Material's search worker %s changed: check segment() (see sitebuild/i18n_hooks.py) "
                "and update _fix_search_worker",
                worker.name,
            )
