// Trunk post_build hook: finishes the staged site before trunk moves it to dist/.
// - writes the site's public address (SHOWDOWN_SITE_URL) into the canonical link and og:url;
// - builds the embed's wasm and writes dist/embed.js, the embed's stable entry point,
//   with the hashed names of its files (so those can be cached forever);
// - gives each view its own HTML file (quiz/index.html, contact/index.html) and a 404.html,
//   so any static host serves the right view.
import { readFileSync, writeFileSync, mkdirSync, readdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { join, dirname } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");

const rawSite = (process.env.SHOWDOWN_SITE_URL || "").trim() || "http://127.0.0.1:8080/";
const site = rawSite.endsWith("/") ? rawSite : rawSite + "/";
const escapeAttr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

const indexPath = join(staging, "index.html");
// The page is prerendered, so its content does not wait for the wasm: drop trunk's
// preload of it, which would compete with the HTML and CSS for a slow phone's bandwidth.
// (The wasm is still fetched as soon as the page's small module script runs.)
const template = readFileSync(indexPath, "utf8").replace(/<link(?=[^>]*\bas="?fetch"?)(?=[^>]*\.wasm)[^>]*>/g, "");

// Each view's own title and description, for search engines and link previews.
const TITLE = "Golang vs Python: The Ultimate Showdown for Backend Development";
const views = {
  "/": { file: "index.html" },
  "/quiz": {
    file: "quiz/index.html",
    title: "Which language fits your backend? Golang vs Python questionnaire",
    description: "Eight questions about your backend project recommend Go, Python or both, with the reasons behind it, computed in your browser.",
  },
  "/contact": {
    file: "contact/index.html",
    title: "Book a meeting about Golang or Python for your backend | AMELA Technology",
    description: "Talk to AMELA Technology's Go and Python backend developers: book a meeting, or call, email or visit us in Hanoi.",
  },
  "/404": { file: "404.html", title: "Page not found | Golang vs Python", robots: "noindex" },
};
const descriptionOf = (html) => (html.match(/<meta name="?description"? content="([^"]*)"/) || html.match(/<meta content="([^"]*)" name="?description"?/) || [])[1];
const baseDescription = descriptionOf(template);

for (const [path, v] of Object.entries(views)) {
  const url = new URL(path === "/404" ? "" : path.replace(/^\//, ""), site).href;
  let html = template.replaceAll("__SHOWDOWN_SITE_URL__", escapeAttr(url));
  if (v.title) html = html.replaceAll(TITLE, escapeAttr(v.title));
  if (v.description && baseDescription) html = html.replaceAll(baseDescription, escapeAttr(v.description));
  if (v.robots) html = html.replace(/<meta charset=[^>]*>/i, (m) => `${m}<meta name="robots" content="${v.robots}">`);
  mkdirSync(dirname(join(staging, v.file)), { recursive: true });
  writeFileSync(join(staging, v.file), html);
}

// Every view rendered to static HTML by the app's own components (src/bin/prerender.rs):
// the page shows before the wasm has loaded, and works without JavaScript.
// SHOWDOWN_HOOK_BUILDS=0 skips this and the embed build below (the hook's own test
// does, to stay quick, and stages stand-in files instead).
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const builds = process.env.SHOWDOWN_HOOK_BUILDS !== "0";
if (builds) execFileSync("cargo", ["run", "--quiet", "--offline", "--no-default-features", "--features", "ssr", "--bin", "prerender",
  "--target-dir", join(root, "target", "prerender"), "--", staging], { cwd: root, stdio: "inherit" });

// The embed's own wasm: the same crate with Leptos rendering each widget in the
// browser (feature "csr"), where the page's wasm only attaches to prerendered HTML
// (feature "page", built by trunk itself). Built here the way trunk builds the page's.
function buildEmbed() {
  const release = process.env.TRUNK_PROFILE === "release";
  const embedTarget = join(root, "target", "embed");
  execFileSync("cargo", ["build", "--quiet", "--offline", "--lib", "--target", "wasm32-unknown-unknown",
    "--no-default-features", "--features", "csr", "--target-dir", embedTarget, ...(release ? ["--release"] : [])],
    { cwd: root, stdio: "inherit" });
  const built = join(embedTarget, "wasm32-unknown-unknown", release ? "release" : "debug", "showdown.wasm");
  const out = mkdtempSync(join(tmpdir(), "showdown-embed-"));
  execFileSync("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "embed", built], { stdio: "inherit" });
  if (release) {
    const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt"); // binaryen 132 from npm, never Debian's 108
    execFileSync(wasmOpt, ["-Oz", "--output", join(out, "embed_bg.opt.wasm"), join(out, "embed_bg.wasm")], { stdio: "inherit" });
    renameSync(join(out, "embed_bg.opt.wasm"), join(out, "embed_bg.wasm"));
  }
  const embedJs = readFileSync(join(out, "embed.js"));
  const embedWasm = readFileSync(join(out, "embed_bg.wasm"));
  const hash = createHash("sha256").update(embedJs).update(embedWasm).digest("hex").slice(0, 16);
  writeFileSync(join(staging, `showdown-embed-${hash}.js`), embedJs);
  writeFileSync(join(staging, `showdown-embed-${hash}_bg.wasm`), embedWasm);
  rmSync(out, { recursive: true });
}
if (builds) buildEmbed();

// The embed loader. Everything resolves against embed.js's own URL, so dist/ can live on a CDN.
const files = readdirSync(staging);
const pick = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`post-build: expected one file matching ${re}, found ${found.join(", ") || "none"}`);
  return found[0];
};
const names = {
  js: pick(/^showdown-embed-[0-9a-f]+\.js$/),
  wasm: pick(/^showdown-embed-[0-9a-f]+_bg\.wasm$/),
  css: pick(/^showdown-[0-9a-f]+\.css$/),
};
const embed = readFileSync(new URL("./embed.template.js", import.meta.url), "utf8")
  .replace("__SHOWDOWN_JS__", names.js)
  .replace("__SHOWDOWN_WASM__", names.wasm)
  .replace("__SHOWDOWN_CSS__", names.css);
writeFileSync(join(staging, "embed.js"), embed);
