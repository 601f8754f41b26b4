// Runs the built site's own search worker (Material for MkDocs) in Node, on one edition's index,
// exactly as the browser runs it: the same worker file, the same lunr language scripts, the same
// query handling. Usage: node site_search.js SITE_DIR EDITION QUERY...   (EDITION: "" or "zh")
// Prints one JSON line per query: {"query": ..., "pages": [page paths, best first],
// "links": [[each result's location, the words of its link's ?h=], ...]}.
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [site, edition, ...queries] = process.argv.slice(2);
const workerDir = path.join(site, "assets/javascripts/workers");
// The worker the pages name in Material's __config: the site's, which imports Material's after the "#"
const home = fs.readFileSync(path.join(site, edition || "", "index.html"), "utf8");
const config = JSON.parse(home.match(/<script id="__config" type="application\/json">([^]*?)<\/script>/)[1]);
const [workerFile, hash] = path.basename(config.search).split("#");
// The worker's global scope: an EventTarget, as in a browser (listeners added while a message is
// dispatched miss it; dispatchEvent, MessageEvent); each message answered by the worker's postMessage
const scope = new EventTarget();
let answer = null;
global.self = global;
global.location = { hash: hash ? "#" + hash : "" };
global.postMessage = (message) => answer(message);
global.addEventListener = scope.addEventListener.bind(scope);
global.removeEventListener = scope.removeEventListener.bind(scope);
global.dispatchEvent = scope.dispatchEvent.bind(scope);
const send = (data) => new Promise((resolve) => {
  answer = resolve;
  scope.dispatchEvent(new MessageEvent("message", { data }));
});
global.importScripts = (...urls) => {
  for (const url of urls) {
    const file = path.resolve(workerDir, url);
    vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
  }
};
vm.runInThisContext(fs.readFileSync(path.join(workerDir, workerFile), "utf8"));
const index = JSON.parse(fs.readFileSync(path.join(site, edition || "", "search/search_index.json"), "utf8"));

(async () => {
  await send({ type: 0, data: { ...index, options: { suggest: false } } });
  for (const query of queries) {
    const found = await send({ type: 2, data: query });
    const pages = [];
    const links = [];  // each result's link, with the words its ?h= asks the page to highlight
    for (const group of (found && found.data.items) || []) {
      const page = group[0].location.split("#")[0];
      if (!pages.includes(page)) pages.push(page);
      for (const doc of group)  // as Material's renderSearchDocument writes ?h=
        links.push([doc.location, Object.keys(doc.terms).filter((term) => doc.terms[term]).join(" ")]);
    }
    console.log(JSON.stringify({ query, pages, links }));
  }
})();
