// Trunk post_build hook: finishes the staged site before trunk moves it to dist/.
// - writes the site's public address (SHOWDOWN_SITE_URL) into the canonical link and og:url;
// - writes dist/embed.js, the stable entry point of the embed, with the hashed
//   names of the app's files (so those can be cached forever);
// - gives each view its own HTML file (quiz/index.html, contact/index.html) and a 404.html,
//   so any static host serves the right view.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");

const rawSite = (process.env.SHOWDOWN_SITE_URL || "").trim() || "http://127.0.0.1:8080/";
const site = rawSite.endsWith("/") ? rawSite : rawSite + "/";
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

const indexPath = join(staging, "index.html");
const template = readFileSync(indexPath, "utf8");

function page(path) {
  const url = new URL(path.replace(/^\//, ""), site).href;
  return template.replaceAll("__SHOWDOWN_SITE_URL__", escapeAttr(url));
}

writeFileSync(indexPath, page("/"));
for (const view of ["quiz", "contact"]) {
  mkdirSync(join(staging, view), { recursive: true });
  writeFileSync(join(staging, view, "index.html"), page(`/${view}`));
}
// Unknown paths: the app shows its "Page not found" view; search engines are told not to index it.
writeFileSync(join(staging, "404.html"), page("/").replace("<head>", '<head>\n  <meta name="robots" content="noindex">'));

// The embed loader. Everything resolves against embed.js's own URL, so dist/ can live on a CDN.
const files = readdirSync(staging);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one file matching ${re}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const names = { js: pick(/^showdown-[0-9a-f]+\.js$/), wasm: pick(/^showdown-[0-9a-f]+_bg\.wasm$/), css: pick(/^showdown-[0-9a-f]+\.css$/) };
const embed = readFileSync(new URL("./embed.template.js", import.meta.url), "utf8")
  .replace("__SHOWDOWN_JS__", names.js)
  .replace("__SHOWDOWN_WASM__", names.wasm)
  .replace("__SHOWDOWN_CSS__", names.css);
writeFileSync(join(staging, "embed.js"), embed);
