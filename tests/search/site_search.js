// Runs the built site's own search worker (Material for MkDocs) in Node, on one edition's index,
// exactly as the browser runs it: the same worker file, the same lunr language scripts, the same
// query handling. Usage: node site_search.js SITE_DIR EDITION QUERY...   (EDITION: "" or "zh")
// Prints one JSON line per query: {"query": ..., "pages": [page paths, best first]}.
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [site, edition, ...queries] = process.argv.slice(2);
const workerDir = path.join(site, "assets/javascripts/workers");
const workerFile = fs.readdirSync(workerDir).find((f) => /^search\..*\.min\.js$/.test(f));
let replies = [];
let listener;
global.self = global;
global.postMessage = (message) => replies.push(message);
global.addEventListener = (type, fn) => {
  if (type === "message") listener = fn;
};
global.importScripts = (...urls) => {
  for (const url of urls) {
    const file = path.resolve(workerDir, url);
    vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
  }
};
vm.runInThisContext(fs.readFileSync(path.join(workerDir, workerFile), "utf8"));
const index = JSON.parse(fs.readFileSync(path.join(site, edition || "", "search/search_index.json"), "utf8"));

(async () => {
  await listener({ data: { type: 0, data: { ...index, options: { suggest: false } } } });
  for (const query of queries) {
    replies = [];
    await listener({ data: { type: 2, data: query } });
    const found = replies.find((message) => message.type === 3);
    const pages = [];
    for (const group of (found && found.data.items) || []) {
      const page = group[0].location.split("#")[0];
      if (!pages.includes(page)) pages.push(page);
    }
    console.log(JSON.stringify({ query, pages }));
  }
})();
