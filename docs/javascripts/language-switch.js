// Language switcher: open the same page in the other language.
// Instant navigation swaps page content without re-rendering the header, so the
// switcher's links still point at the first page loaded; we compute the target
// from the current address when the link is clicked. Every page has a twin in
// each language (a test checks it), and headings keep the same anchors.
document.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element && event.target.closest(".md-select a[hreflang]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const config = JSON.parse(document.getElementById("__config").textContent);
    const here = document.documentElement.lang === "en" ? "" : `${document.documentElement.lang}/`;
    const languageRoot = new URL(config.base.replace(/\/?$/, "/"), location.href);
    const siteRoot = new URL(here ? "../" : "./", languageRoot);
    const page = location.pathname.slice(languageRoot.pathname.length);
    const there = link.hreflang === "en" ? "" : `${link.hreflang}/`;
    event.preventDefault();
    event.stopImmediatePropagation();
    location.assign(new URL(there + page, siteRoot).href + location.hash);
  },
  true,
);
