// Trunk post_build hook: finishes the staged site before trunk moves it to dist/.
// - gives each view its own HTML file (quiz/index.html, contact/index.html, 404.html) with its
//   stylesheets and the site's public address (SHOWDOWN_SITE_URL) in the canonical
//   link and og:url;
// - renders every view and every embeddable section to HTML with the app's own components
//   (src/bin/prerender.rs);
// - builds the booking form's, the questionnaire's and the printout's wasm bundles (trunk
//   itself builds the article's: theme toggle, table filter, contents), so each view loads
//   only its own islands;
// - writes the loaders: showdown-boot-<hash>.js for the page, the stable embed.js for host
//   pages, and the islands runtime they share, with the hashed names of everything they load.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const release = process.env.TRUNK_PROFILE === "release";
// SHOWDOWN_HOOK_BUILDS=0 skips the prerender and the bundle build (the hook's own test does,
// to stay quick, and stages stand-in files instead).
const builds = process.env.SHOWDOWN_HOOK_BUILDS !== "0";

const rawSite = (process.env.SHOWDOWN_SITE_URL || "").trim() || "http://127.0.0.1:8080/";
const site = rawSite.endsWith("/") ? rawSite : rawSite + "/";
if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
  throw new Error(`post-build: SHOWDOWN_SITE_URL is not an http(s) address: ${rawSite}`);
}
if (new URL(site).search || new URL(site).hash) {
  throw new Error(`post-build: SHOWDOWN_SITE_URL is where the site lives, without a query or fragment: ${rawSite}`);
}
// The path the site lives under ("/", or "/blog/golang-vs-python/" for a site URL with a
// path): every view, asset and link of the pages sits under it.
const base = new URL(site).pathname;
// Where the booking form posts, if the build was told: another origin joins the policy's
// connect-src (an address on this site, such as /api/contact, is 'self' already).
const endpoint = (process.env.SHOWDOWN_CONTACT_ENDPOINT || "").trim();
const endpointOrigin = URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol) ? new URL(endpoint).origin : null;
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const hashOf = (...parts) => parts.reduce((h, p) => h.update(p), createHash("sha256")).digest("hex").slice(0, 16);
const stageFile = (name, content) => writeFileSync(join(staging, name), content);

// The stylesheets of what each view shows (beside showdown.css and the print sheet, which
// every view has).
// Each view's title and description come from content/site.toml: the prerender fills them in.
const views = {
  "/": { file: "index.html", styles: ["article", "contact"] },
  "/quiz": { file: "quiz/index.html", styles: ["quiz"] },
  "/contact": { file: "contact/index.html", styles: ["contact"] },
  "/404": { file: "404.html", styles: [], robots: "noindex" },
};

const indexPath = join(staging, "index.html");
// With inject_scripts off trunk leaves its own <link data-trunk rel="rust"> behind: drop it.
const template = readFileSync(indexPath, "utf8").replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, "")
  // The shell's own files (favicon, trunk's stylesheets) under the site's path.
  .replace(/\b(href|src)=("?)\/(?!\/)/g, (_, attr, quote) => `${attr}=${quote}${base}`);
for (const [path, v] of Object.entries(views)) {
  const url = new URL(path === "/404" ? "" : path.replace(/^\//, ""), site).href;
  let html = template.replaceAll("__SHOWDOWN_SITE_URL__", escapeAttr(url));
  if (v.robots) html = html.replace(/<meta charset=[^>]*>/i, (m) => `${m}<meta name="robots" content="${v.robots}">`);
  html = html.replace(/<link\b[^>]*\bshowdown-(article|quiz|contact|embed)-[0-9a-f]+\.css\b[^>]*>/g, (link, sheet) => (v.styles.includes(sheet) ? link : ""));
  mkdirSync(dirname(join(staging, v.file)), { recursive: true });
  writeFileSync(join(staging, v.file), html);
}

// Every view and embed section rendered by the app's own components; they also describe
// the views and sections in showdown-build.json for the loaders.
if (builds) {
  execFileSync("cargo", ["run", "--quiet", "--offline", "--features", "ssr", "--bin", "prerender",
    "--target-dir", join(root, "target", "prerender"), "--", staging], { cwd: root, stdio: "inherit" });
}

// The other views' bundles: the same crate with other islands, built the way trunk builds
// the article's (same profile, wasm-bindgen, binaryen 132's wasm-opt).
function buildBundle(name, features) {
  execFileSync("cargo", ["build", "--quiet", "--offline", "--lib", "--target", "wasm32-unknown-unknown",
    "--features", features, ...(release ? ["--release"] : [])], { cwd: root, stdio: "inherit" });
  const built = join(root, "target", "wasm32-unknown-unknown", release ? "release" : "debug", "showdown.wasm");
  const out = mkdtempSync(join(tmpdir(), `showdown-${name}-`));
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", name, built], { stdio: "inherit" });
  if (release) {
    const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt"); // binaryen 132 from npm, never Debian's 108
    execFileSync(wasmOpt, ["-Oz", "--converge", "--flatten", "--rereloop", "-Oz", "--output", join(out, `${name}_bg.opt.wasm`), join(out, `${name}_bg.wasm`)], { stdio: "inherit" });
    renameSync(join(out, `${name}_bg.opt.wasm`), join(out, `${name}_bg.wasm`));
  }
  const js = readFileSync(join(out, `${name}.js`));
  const wasm = readFileSync(join(out, `${name}_bg.wasm`));
  const hash = hashOf(js, wasm);
  stageFile(`showdown-${name}-${hash}.js`, js);
  stageFile(`showdown-${name}-${hash}_bg.wasm`, wasm);
  rmSync(out, { recursive: true });
}
if (builds) {
  buildBundle("contact", "hydrate,booking");
  buildBundle("quiz", "hydrate,quiz");
  buildBundle("printout", "hydrate,printout");
}

const files = readdirSync(staging);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one file matching ${re}, found ${found.join(", ") || "none"}`);
  return found[0];
};

// The bundles and the islands each exports (wasm-bindgen writes one `export function
// Name_123(el)` per island, named as the island's `data-component`).
const islandExports = (js) => [...readFileSync(join(staging, js), "utf8").matchAll(/export function ([A-Z][A-Za-z0-9]*_\d+)\(/g)].map((m) => m[1]);
// (Each bundle's wasm is its glue's name with `_bg.wasm` for `.js`: the loaders derive it.)
const wasmOf = (js) => js.replace(/\.js$/, "_bg.wasm");
const bundle = (js) => ({ js, islands: islandExports(js) });
// Release builds minify every script (trunk cannot minify wasm-bindgen's glue); a file keeps
// its name, which stays unique to the build that made it.
const minified = async (code) => (release ? (await minify(code, { module: true, ecma: 2020, compress: { passes: 2 } })).code : code);
const bundles = [bundle(pick(/^showdown-[0-9a-f]+\.js$/)), bundle(pick(/^showdown-contact-[0-9a-f]+\.js$/)),
  bundle(pick(/^showdown-quiz-[0-9a-f]+\.js$/)), bundle(pick(/^showdown-printout-[0-9a-f]+\.js$/))];
for (const b of bundles) {
  pick(new RegExp(`^${wasmOf(b.js).replace(/[.]/g, "\\.")}$`));
  stageFile(b.js, await minified(readFileSync(join(staging, b.js), "utf8")));
}
// The embed's sheets: the base and its own for every widget, and each section's own.
const sheet = (name) => pick(new RegExp(`^showdown-${name}-[0-9a-f]+\\.css$`));
const css = { base: [pick(/^showdown-[0-9a-f]+\.css$/), sheet("embed")],
  sections: { article: sheet("article"), differences: sheet("article"), quiz: sheet("quiz"), contact: sheet("contact") } };

// What the prerender says about the views and the embed's sections.
const buildInfoPath = join(staging, "showdown-build.json");
const info = JSON.parse(readFileSync(buildInfoPath, "utf8"));
rmSync(buildInfoPath);
// The wasm's links come from the same address through the core's reading of its path.
if (info.base !== base) {
  throw new Error(`post-build: the prerender puts the site under ${info.base}, this hook under ${base}: `
    + "write SHOWDOWN_SITE_URL's path as a browser would (plain segments, no . or .., non-ASCII letters percent-encoded)");
}

// The embed's sections, each a fragment under a hashed name.
const sectionFiles = {};
for (const s of info.sections) {
  const from = `embed-${s}.html`;
  const html = readFileSync(join(staging, from));
  const to = `showdown-embed-${s}-${hashOf(html)}.html`;
  renameSync(join(staging, from), join(staging, to));
  sectionFiles[s] = to;
}

// The outbox's notice, which the embed loader adds to a widget when a booking waits.
const outboxHtml = readFileSync(join(staging, "embed-outbox.html"));
const outboxFile = `showdown-embed-outbox-${hashOf(outboxHtml)}.html`;
renameSync(join(staging, "embed-outbox.html"), join(staging, outboxFile));

// The islands runtime both loaders import.
const islandsJs = await minified(readFileSync(join(root, "scripts", "islands.js"), "utf8"));
const islandsName = `showdown-islands-${hashOf(islandsJs)}.js`;
stageFile(islandsName, islandsJs);

const fill = (template, values) => {
  let out = readFileSync(join(root, "scripts", template), "utf8");
  for (const [key, value] of Object.entries(values)) out = out.replaceAll(key, value);
  if (out.includes("__SHOWDOWN_")) throw new Error(`post-build: ${template} has a name left unfilled`);
  return out;
};
const bundleList = JSON.stringify(bundles);

// The page's loader: the views it can swap in (for hosts whose fallback serves index.html
// for every address), and the bundles.
const viewMap = Object.fromEntries(info.views.filter((v) => v.view !== "not-found")
  .map((v) => [v.path.replace(/^\//, ""), { view: v.view, file: v.file }]));
const notFound = info.views.find((v) => v.view === "not-found");
const boot = await minified(fill("boot.template.js", {
  __SHOWDOWN_ISLANDS_RUNTIME__: readFileSync(join(root, "scripts", "islands.js"), "utf8").replace(/^export /gm, ""),
  __SHOWDOWN_BUNDLES__: bundleList,
  __SHOWDOWN_VIEWS__: JSON.stringify(viewMap),
  __SHOWDOWN_NOT_FOUND__: JSON.stringify({ view: notFound.view, file: notFound.file }),
  __SHOWDOWN_DEFER__: JSON.stringify(info.defer),
  __SHOWDOWN_IF_STORED__: JSON.stringify(info.ifStored),
}));
const bootName = `showdown-boot-${hashOf(boot)}.js`;
stageFile(bootName, boot);

/**
 * A view's stylesheets, its print sheet included (every rule of that one is under `@media
 * print`), written into its page as one <style> that the Content-Security-Policy below allows
 * by its hash. A sheet in a <link> costs a slow phone a round trip before the first paint (and
 * Lighthouse's estimate counts even the print sheet's request when it ends before the paint);
 * written in, the page paints as soon as its HTML has arrived, and the HTML with its styles
 * still fits the first round trip (tests/size-budget.mjs holds both to a budget). The separate
 * files stay in dist/ for the embed.
 */
function inlineSheets(html) {
  const link = /<link\b[^>]*\bhref="?[^"\s>]*?\/(showdown-(?:[a-z]+-)?[0-9a-f]+\.css)"?[^>]*>/g;
  const sheets = [...html.matchAll(link)].map((m) => m[1]);
  if (!sheets.length) throw new Error("post-build: a view links none of the app's stylesheets");
  const css = sheets.map((f) => readFileSync(join(staging, f), "utf8").trim()).join("\n");
  if (/<\/style/i.test(css)) throw new Error(`post-build: a stylesheet of ${sheets.join(", ")} has "</style" in it`);
  let first = true;
  return html.replace(link, () => (first ? ((first = false), `<style>${css}</style>`) : ""));
}

// Each view starts the loader once its first contentful paint is on screen, from the end of
// the page: the islands wait for that paint anyway (nothing they fetch or run may delay it),
// and a script whose request ends before the paint is presented counts against it in
// Lighthouse's estimate, even when it runs later. The paint's timing entry comes after it is
// presented; a browser without paint timing waits for a second frame instead.
const bootUrl = JSON.stringify(base + bootName);
const starter = "<script>(function () {"
  + ` function start() { import(${bootUrl}); }`
  + " if (typeof PerformanceObserver === \"undefined\" || (PerformanceObserver.supportedEntryTypes || []).indexOf(\"paint\") === -1) { requestAnimationFrame(function () { requestAnimationFrame(start); }); return; }"
  + " new PerformanceObserver(function (list, observer) { if (list.getEntriesByName(\"first-contentful-paint\").length) { observer.disconnect(); start(); } }).observe({ type: \"paint\", buffered: true });"
  + " })();</script>";
for (const v of Object.values(views)) {
  const path = join(staging, v.file);
  const html = inlineSheets(readFileSync(path, "utf8"));
  // A minified page may have no </body> (the tag is optional): then at its very end.
  const at = html.includes("</body>") ? html.indexOf("</body>") : html.length;
  writeFileSync(path, html.slice(0, at) + starter + html.slice(at));
}

// The embed loader, under a stable name.
stageFile("embed.js", await minified(fill("embed.template.js", {
  __SHOWDOWN_ISLANDS__: islandsName,
  __SHOWDOWN_CSS__: JSON.stringify(css),
  __SHOWDOWN_BUNDLES__: bundleList,
  __SHOWDOWN_SECTIONS__: JSON.stringify({ ...info.embed, sections: sectionFiles, outbox: outboxFile, outboxKey: info.outboxKey, ifStored: info.ifStored }),
})));

/** The hashes of what the pages carry inline between `<tag>` and `</tag>` (external scripts aside). */
function inlineHashes(tag) {
  const hashes = new Set();
  for (const v of Object.values(views)) {
    const html = readFileSync(join(staging, v.file), "utf8");
    for (const [, attrs, code] of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([^]*?)<\\/${tag}>`, "g"))) {
      if (/\bsrc=/.test(attrs)) continue;
      hashes.add(`'sha256-${createHash("sha256").update(code).digest("base64")}'`);
    }
  }
  return [...hashes].sort();
}

/**
 * dist/_headers (the file Netlify and Cloudflare Pages read; the README gives the same for
 * nginx): a strict Content-Security-Policy with the hash of each inline script the pages
 * carry (in the head, the theme before the first paint and the hold on early submits; at
 * the end, the loader's start)
 * and of each page's styles, the other security headers, long caching for the files whose
 * names change with their content, and CORS on what the embed loads from another origin.
 */
const connect = ["'self'", ...(endpointOrigin ? [endpointOrigin] : [])];
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes("script").join(" ")}`.trim(),
  // The views' styles are in their pages; the embed's and the embed demo's are files.
  `style-src 'self' ${inlineHashes("style").join(" ")}`.trim(),
  "img-src 'self'",
  `connect-src ${connect.join(" ")}`,
  "object-src 'none'",
  "base-uri 'none'",
  // The forms never submit as the browser would: the islands send them (or hold them).
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");
const rule = (path, headers) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`;
// The file rules hold for dist/ served at the host's root (a site of its own, which the
// main site may proxy the path to) and for dist/ placed under the path in the host's files.
const atBoth = (file) => [...new Set([`/${file}`, `${base}${file}`])];
stageFile("_headers", [
  "# Written by the build (scripts/post-build.mjs): Netlify's and Cloudflare Pages' format.",
  "# A form endpoint set later in a <meta> tag: add its origin to connect-src below.",
  rule("/*", {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  }),
  // Every showdown-* file is named by a hash of what it holds.
  ...atBoth("showdown-*").map((path) => rule(path, { "Cache-Control": "public, max-age=31536000, immutable", "Access-Control-Allow-Origin": "*" })),
  ...atBoth("embed.js").map((path) => rule(path, { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" })),
].join("\n"));
