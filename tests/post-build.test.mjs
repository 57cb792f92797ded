// The trunk post_build hook: SHOWDOWN_SITE_URL reaches the canonical link and og:url of
// every view, each view gets its own title, and embed.js names the hashed files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { ROOT } from "./support/browser.mjs";

function stage(env) {
  const dir = mkdtempSync(join(tmpdir(), "showdown-stage-"));
  writeFileSync(join(dir, "index.html"), readFileSync(join(ROOT, "index.html"), "utf8"));
  const files = ["showdown-0123abcd.js", "showdown-0123abcd_bg.wasm", "showdown-4567ef01.css",
    "showdown-embed-89abcdef.js", "showdown-embed-89abcdef_bg.wasm"];
  for (const f of files) writeFileSync(join(dir, f), "");
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
  assert.match(read("quiz/index.html"), /<title>Which language fits your backend\?/);
  assert.match(read("404.html"), /<meta name="robots" content="noindex">/);
  const embed = read("embed.js");
  for (const f of ["showdown-embed-89abcdef.js", "showdown-embed-89abcdef_bg.wasm", "showdown-4567ef01.css"]) {
    assert.ok(embed.includes(`"${f}"`), f);
  }
  assert.ok(!embed.includes("__SHOWDOWN_"));
  rmSync(dir, { recursive: true });
});

test("without SHOWDOWN_SITE_URL the site is the local dev server", () => {
  const dir = stage({ SHOWDOWN_SITE_URL: "" });
  assert.match(readFileSync(join(dir, "index.html"), "utf8"), /<link rel="canonical" href="http:\/\/127\.0\.0\.1:8080\/">/);
  rmSync(dir, { recursive: true });
});
