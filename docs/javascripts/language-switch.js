// Language switcher: open the same page in the other language.
// Instant navigation swaps page content without reloading this script, the header
// or #__config, so neither the switcher's links nor __config's relative `base`
// fit the page shown after the first click. The site's root is taken once, from
// this script's own address (<root>/javascripts/language-switch.js), and the
// target from the current address when a link is clicked. Every page has a twin
// in each language (a test checks it), and headings keep the same anchors.
const siteRoot = new URL("../", document.currentScript.src);

document.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element && event.target.closest(".md-select a[hreflang]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const editions = [...document.querySelectorAll(".md-select a[hreflang]")]
      .map((a) => a.hreflang)
      .filter((lang) => lang !== "en"); // English is at the root, the others under <lang>/
    let page = location.pathname.startsWith(siteRoot.pathname)
      ? location.pathname.slice(siteRoot.pathname.length)
      : "";
    const here = editions.find((lang) => page === lang || page.startsWith(`${lang}/`));
    if (here) page = page.slice(here.length).replace(/^\//, "");
    const there = link.hreflang === "en" ? "" : `${link.hreflang}/`;
    event.preventDefault();
    event.stopImmediatePropagation();
    location.assign(new URL(there + page, siteRoot).href + location.hash);
  },
  true,
);
