// The trunk post_build hook: SHOWDOWN_SITE_URL reaches the canonical link and og:url of
// every view, and the loaders name the hashed files (the
// bundles with the islands each exports, the embed's section fragments, the stylesheet).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./support/browser.mjs";

// The stand-ins for trunk's hashed stylesheets, each with a rule of its own.
const SHEETS = {
  showdown: "showdown-4567ef01.css", "showdown-article": "showdown-article-4567ef02.css",
  "showdown-quiz": "showdown-quiz-4567ef03.css", "showdown-contact": "showdown-contact-4567ef04.css",
  "showdown-embed": "showdown-embed-4567ef05.css", "showdown-print": "showdown-print-4567ef06.css",
};
const ruleOf = (name) => (name === "showdown-print" ? "@media print{.showdown{color:#000}}" : `.showdown .${name}{color:red}`);

function stage(env) {
  const dir = mkdtempSync(join(tmpdir(), "showdown-stage-"));
  // The shell as trunk leaves it: its stylesheets linked under their hashed names.
  const shell = readFileSync(join(ROOT, "index.html"), "utf8")
    .replace(/<link data-trunk rel="css" href="style\/(showdown(?:-[a-z]+)?)\.css">/g, (_, name) => `<link rel="stylesheet" href="/${SHEETS[name]}">`);
  writeFileSync(join(dir, "index.html"), shell);
  for (const [name, file] of Object.entries(SHEETS)) writeFileSync(join(dir, file), ruleOf(name));
  // Stand-ins for what trunk, the prerender and the bundle build leave in the staging dir.
  const files = {
    "showdown-0123abcd.js": "export function ThemeToggle_1(el) {}\nexport function DifferencesFilter_1(el) {}\n",
    "showdown-contact-0123abce.js": "export function ThemeToggle_1(el) {}\nexport function BookingForm_1(el) {}\n",
    "showdown-contact-0123abce_bg.wasm": "",
    "showdown-0123abcd_bg.wasm": "",
    "showdown-quiz-89abcdef.js": "export function ThemeToggle_1(el) {}\nexport function Quiz_1(el) {}\n",
    "showdown-quiz-89abcdef_bg.wasm": "",
    "showdown-printout-89abcdf0.js": "export function ThemeToggle_1(el) {}\nexport function PrintedResult_1(el) {}\n",
    "showdown-printout-89abcdf0_bg.wasm": "",
    "embed-quiz.html": "<form></form>", "embed-contact.html": "<form></form>", "embed-outbox.html": "<div></div>",
    "showdown-build.json": JSON.stringify({
      base: new URL(env.SHOWDOWN_SITE_URL || "http://127.0.0.1:8080/").pathname.replace(/\/?$/, "/"),
      defer: "data-hydrate-when-visible", ifStored: "data-hydrate-if-stored", outboxKey: "showdown-outbox",
      views: [{ view: "article", path: "/", file: "index.html" }, { view: "quiz", path: "/quiz", file: "quiz/index.html" },
        { view: "contact", path: "/contact", file: "contact/index.html" }, { view: "not-found", path: "/404", file: "404.html" }],
      sections: ["quiz", "contact"],
      embed: { all: ["quiz", "contact"], covers: { quiz: [], contact: [] }, idPrefix: "sd0-", linkBase: "http://127.0.0.1:8080" },
    }),
  };
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  execFileSync("node", [join(ROOT, "scripts/post-build.mjs")], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, SHOWDOWN_HOOK_BUILDS: "0", ...env },
  });
  return dir;
}

test("SHOWDOWN_SITE_URL sets the canonical link and og:url of each view", () => {
  const dir = stage({ SHOWDOWN_SITE_URL: "https://example.com/golang-vs-python" });
  const read = (f) => readFileSync(join(dir, f), "utf8");
  const canonical = (html) => html.match(/<link rel="canonical" href="([^"]*)">/)[1];
  const ogUrl = (html) => html.match(/<meta property="og:url" content="([^"]*)">/)[1];
  assert.equal(canonical(read("index.html")), "https://example.com/golang-vs-python/");
  assert.equal(ogUrl(read("index.html")), "https://example.com/golang-vs-python/");
  assert.equal(canonical(read("quiz/index.html")), "https://example.com/golang-vs-python/quiz");
  assert.equal(canonical(read("contact/index.html")), "https://example.com/golang-vs-python/contact");
  assert.match(read("404.html"), /<meta name="robots" content="noindex">/);
  const embed = read("embed.js");
  for (const f of ["showdown-0123abcd.js", "showdown-quiz-89abcdef.js", "showdown-4567ef01.css", "\"Quiz_1\""]) {
    assert.ok(embed.includes(f), f);
  }
  assert.match(embed, /"quiz":"showdown-embed-quiz-[0-9a-f]{16}\.html"/);
  assert.match(embed, /"outbox":"showdown-embed-outbox-[0-9a-f]{16}\.html","outboxKey":"showdown-outbox"/);
  assert.ok(!embed.includes("__SHOWDOWN_"));
  // Each view starts the page's loader, under the site's path, which knows every bundle.
  const boot = read("index.html").match(/import\("\/golang-vs-python\/(showdown-boot-[0-9a-f]{16}\.js)"\)/)[1];
  assert.ok(read("quiz/index.html").includes(boot));
  assert.ok(read(boot).includes("showdown-quiz-89abcdef.js") && read(boot).includes("\"PrintedResult_1\""));
  assert.ok(!read(boot).includes("__SHOWDOWN_"));
  // The shell's own files are under the site's path too.
  for (const view of ["index.html", "quiz/index.html", "404.html"]) {
    assert.match(read(view), /<link rel="icon" href="\/golang-vs-python\/favicon\.svg"/, view);
  }
  // The security headers, for every file under the site's path.
  const headers = read("_headers");
  assert.match(headers, /^\/\*\n {2}Content-Security-Policy: /m);
  for (const at of ["/", "/golang-vs-python/"]) {
    assert.ok(headers.includes(`\n${at}showdown-*\n  Cache-Control: public, max-age=31536000, immutable\n`), `${at}showdown-*`);
  }
  rmSync(dir, { recursive: true });
});

test("_headers: a strict policy that allows the pages' inline scripts by their hashes, and the build's endpoint", async () => {
  const { createHash } = await import("node:crypto");
  // An endpoint on this site is 'self' already.
  const relative = stage({ SHOWDOWN_SITE_URL: "", SHOWDOWN_CONTACT_ENDPOINT: "/api/contact" });
  assert.match(readFileSync(join(relative, "_headers"), "utf8"), /connect-src 'self';/);
  rmSync(relative, { recursive: true });
  const dir = stage({ SHOWDOWN_SITE_URL: "", SHOWDOWN_CONTACT_ENDPOINT: "https://hooks.example.com/meetings?x=1" });
  const read = (f) => readFileSync(join(dir, f), "utf8");
  const policy = read("_headers").match(/Content-Security-Policy: (.*)/)[1];
  const directives = Object.fromEntries(policy.split(/;\s*/).map((d) => { const [k, ...v] = d.split(" "); return [k, v]; }));
  assert.deepEqual(directives["connect-src"], ["'self'", "https://hooks.example.com"]);
  for (const [name, sources] of Object.entries(directives)) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), `${name}: ${sources}`);
  }
  assert.deepEqual(directives["object-src"], ["'none'"]);
  for (const name of ["base-uri", "frame-ancestors", "form-action", "style-src"]) assert.ok(directives[name], name);
  // Every inline script of every view, and nothing else, by its hash.
  const inline = new Set();
  for (const view of ["index.html", "quiz/index.html", "contact/index.html", "404.html"]) {
    for (const [, attrs, code] of read(view).matchAll(/<script\b([^>]*)>([^]*?)<\/script>/g)) {
      if (!/\bsrc=/.test(attrs)) inline.add(`'sha256-${createHash("sha256").update(code).digest("base64")}'`);
    }
  }
  assert.ok(inline.size >= 1);
  assert.deepEqual(directives["script-src"].filter((s) => s.startsWith("'sha256-")).sort(), [...inline].sort());
  assert.match(read("_headers"), /X-Content-Type-Options: nosniff/);
  assert.match(read("_headers"), /Referrer-Policy: /);
  rmSync(dir, { recursive: true });
});

test("each view's styles are written into its page, in the cascade's order, and the policy allows them by hash", async () => {
  const { createHash } = await import("node:crypto");
  const dir = stage({ SHOWDOWN_SITE_URL: "" });
  const read = (f) => readFileSync(join(dir, f), "utf8");
  const expected = {
    "index.html": ["showdown", "showdown-article", "showdown-contact", "showdown-print"],
    "quiz/index.html": ["showdown", "showdown-quiz", "showdown-print"],
    "contact/index.html": ["showdown", "showdown-contact", "showdown-print"],
    "404.html": ["showdown", "showdown-print"],
  };
  const hashes = new Set();
  for (const [view, sheets] of Object.entries(expected)) {
    const html = read(view);
    const styles = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]);
    assert.deepEqual(styles, [sheets.map(ruleOf).join("\n")], view);
    assert.ok(!/<link\b[^>]*stylesheet/.test(html), `${view} links no stylesheet`);
    // The loader starts at the page's end, once the first contentful paint is on screen.
    const starter = html.match(/<script>(\(function \(\) \{[^<]*first-contentful-paint[^<]*)<\/script>(<\/body>|$)/);
    assert.ok(starter, `${view} ends with the loader's start`);
    assert.match(starter[1], /import\("\/showdown-boot-[0-9a-f]{16}\.js"\)/, view);
    hashes.add(`'sha256-${createHash("sha256").update(styles[0]).digest("base64")}'`);
  }
  const policy = read("_headers").match(/Content-Security-Policy: (.*)/)[1];
  const styleSrc = policy.split(/;\s*/).find((d) => d.startsWith("style-src ")).split(" ").slice(1);
  assert.deepEqual(styleSrc, ["'self'", ...[...hashes].sort()]);
  rmSync(dir, { recursive: true });
});

test("without SHOWDOWN_SITE_URL the site is the local dev server", () => {
  const dir = stage({ SHOWDOWN_SITE_URL: "" });
  assert.match(readFileSync(join(dir, "index.html"), "utf8"), /<link rel="canonical" href="http:\/\/127\.0\.0\.1:8080\/">/);
  rmSync(dir, { recursive: true });
});

test("a site address with a query or fragment is refused with a message", () => {
  assert.throws(() => stage({ SHOWDOWN_SITE_URL: "https://example.com/gvp/?ref=1" }), /without a query or fragment/);
});
