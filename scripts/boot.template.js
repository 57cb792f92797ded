// The full page's loader (dist/showdown-boot-<hash>.js). Every view imports it from a
// small inline script at its end once its first frame is painted: nothing the islands fetch
// or run comes before that paint. It hydrates the islands of the prerendered view with the
// bundle that has them (those under the `defer` attribute when they come near the viewport),
// then marks #app as mounted; a form submitted while it loaded is handed over then. Those under
// the `ifStored` attribute hydrate afterwards, and only when storage has the key it names.
// scripts/post-build.mjs writes the names below at build time.
//
// The islands runtime (scripts/islands.js, which the embed's loader imports) is written in
// here rather than imported: a second script would be a second round trip on a slow phone.
__SHOWDOWN_ISLANDS_RUNTIME__

const BUNDLES = __SHOWDOWN_BUNDLES__;
// The views: the path under the site's base ("" for the article) → its view name and file.
const VIEWS = __SHOWDOWN_VIEWS__;
const NOT_FOUND = __SHOWDOWN_NOT_FOUND__;
const DEFER = __SHOWDOWN_DEFER__;
const IF_STORED = __SHOWDOWN_IF_STORED__;

const base = new URL("./", import.meta.url);
const at = (file) => new URL(file, base).href;
const bundles = BUNDLES.map((b) => ({ ...b, js: at(b.js), wasm: at(b.js.replace(/\.js$/, "_bg.wasm")) }));

/** The view this address shows. */
function viewOf(location) {
  const path = decodeURIComponent(location.pathname);
  const local = path.startsWith(base.pathname) ? path.slice(base.pathname.length) : path.replace(/^\//, "");
  const key = local.replace(/(^|\/)index\.html$/, "").replace(/\/+$/, "");
  return VIEWS[key] ?? NOT_FOUND;
}

/**
 * A host whose fallback serves index.html for every address (or no 404.html) may have
 * served another view's page: swap in the right view's prerendered HTML, from its own
 * file, before anything hydrates.
 */
async function rightView(app) {
  const want = viewOf(location);
  if (app.querySelector("main")?.dataset.view === want.view) return;
  const response = await fetch(at(want.file));
  if (!response.ok) throw new Error(`showdown: cannot load ${want.file}: ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), "text/html");
  const served = doc.getElementById("app");
  if (!served) throw new Error(`showdown: ${want.file} has no #app`);
  app.replaceChildren(...[...served.childNodes].map((n) => document.importNode(n, true)));
  document.title = doc.title;
}

async function start() {
  const app = document.getElementById("app");
  if (!app) return;
  await rightView(app);
  // A form submitted before now was held by index.html's inline script (on #app, where
  // the islands runtime looks for it).
  await hydrateIslands(app, bundles, { defer: DEFER, ifStored: IF_STORED });
  app.setAttribute("data-mounted", "");
}

start();
