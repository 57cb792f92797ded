// Hosting it anywhere: a second release build (this file makes it, into target/dist-hosted,
// reusing the first build's compiled crates), made with a site address that has a path
// and a form endpoint, served at that
// path with the exact headers of its own dist/_headers, as Netlify or Cloudflare Pages would.
// Every view, link and asset stays under the path; the questionnaire, its share link, the
// form and the 404 page work; embed.js loads from the path onto a host page with the policy
// the README gives hosts. Nothing anywhere reports a Content-Security-Policy violation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { launch, openPage, appReady, slowWasm, ROOT } from "./support/browser.mjs";
import { serveStatic, headersRules } from "./support/static-server.mjs";
import { startReceiver } from "./support/receiver.mjs";
import { QUESTIONS, GO_CASE, answerWithMouse, queryOf, questionGroup, nextButton, option } from "./support/quiz.mjs";

// The build's settings (the ports are fixed: the addresses are built in).
const HOSTED = {
  dist: join(ROOT, "target", "dist-hosted"),
  port: 4391,
  receiverPort: 4392,
  base: "/blog/golang-vs-python/",
};
const SITE = `http://127.0.0.1:${HOSTED.port}${HOSTED.base}`;
const ENDPOINT = `http://127.0.0.1:${HOSTED.receiverPort}/bookings`;

let browser, server, receiver, host;
const policy = () => headersRules(readFileSync(join(HOSTED.dist, "_headers"), "utf8"))(HOSTED.base)["content-security-policy"];
// What the README tells a host page that embeds the widget from this site.
const hostPolicy = `default-src 'self'; script-src 'self' http://127.0.0.1:${HOSTED.port} 'wasm-unsafe-eval'; `
  + `style-src 'self'; connect-src 'self' http://127.0.0.1:${HOSTED.port} http://127.0.0.1:${HOSTED.receiverPort}; `
  + "object-src 'none'; base-uri 'none'";

before(async () => {
  const build = spawnSync("trunk", ["build", "--release", "--dist", HOSTED.dist], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, SHOWDOWN_SITE_URL: SITE, SHOWDOWN_CONTACT_ENDPOINT: ENDPOINT },
  });
  assert.equal(build.status, 0, `the sub-path build failed:\n${build.stdout}\n${build.stderr}`);
  browser = await launch();
  server = await serveStatic(HOSTED.dist, { port: HOSTED.port, base: HOSTED.base, headersFile: true, notFound: "404.html" });
  receiver = await startReceiver({ port: HOSTED.receiverPort });
  const hostPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host's blog</title></head><body>`
    + `<h1>A host's blog</h1><div data-showdown="quiz"></div><div data-showdown="contact"></div>`
    + `<script type="module" src="${SITE}embed.js"></script></body></html>`;
  host = await serveStatic(mkdtempSync(join(tmpdir(), "showdown-host-")), {
    host: "localhost", extraFiles: { "/post.html": hostPage, "/favicon.ico": "" },
    headers: { "content-security-policy": hostPolicy },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await receiver?.close();
  await host?.close();
});

/** A page that records policy violations (on the document and in shadow roots) and every request. */
async function open(t, options = {}) {
  const opened = await openPage(browser, options);
  await opened.context.addInitScript(() => {
    window.__violations = [];
    const record = (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    document.addEventListener("securitypolicyviolation", record, true);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const shadow = attach.call(this, init);
      shadow.addEventListener("securitypolicyviolation", record, true);
      return shadow;
    };
  });
  const requests = [];
  opened.page.on("response", (r) => requests.push({ url: r.url(), status: r.status(), csp: r.headers()["content-security-policy"] }));
  t.after(() => opened.context.close());
  return { ...opened, requests };
}

async function quiet(page, errors) {
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no policy violations");
  assert.deepEqual(errors, []);
}

test("the build's own headers: a strict policy that lets the build's endpoint in", () => {
  const p = policy();
  assert.ok(p, "dist/_headers gives the site's path a Content-Security-Policy");
  const sources = p.split(/[;\s]+/);
  assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), p);
  assert.match(p, new RegExp(`connect-src 'self' http://127\\.0\\.0\\.1:${HOSTED.receiverPort}(;|$)`));
});

test("every view under the path: its links, assets and headers stay there, under the policy", async (t) => {
  const { page, errors, requests } = await open(t);
  const links = new Set();
  for (const [path, heading] of [["", /Golang vs Python/], ["quiz", /Which language fits/], ["contact", /Book a meeting/]]) {
    const response = await page.goto(SITE + path);
    assert.equal(response.status(), 200, path);
    // (The policy is really in force: without it every "no violation" below would prove nothing.)
    assert.equal(response.headers()["content-security-policy"], policy(), `${path} is served under the policy`);
    await appReady(page);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    // Its styles are in the page, and the policy lets them apply (a refused <style> has no sheet).
    assert.ok(await page.evaluate(() => [...document.querySelectorAll("style")].some((s) => s.sheet?.cssRules.length > 0)), `${path}: its styles apply`);
    for (const href of await page.$$eval("a[href]", (as) => as.map((a) => a.href))) links.add(href.split("#")[0]);
  }
  // Every file the views loaded came from under the path, and was there.
  const own = requests.filter((r) => r.url.startsWith(`http://127.0.0.1:${HOSTED.port}/`));
  assert.ok(own.length > 10, "the views loaded their files");
  for (const r of own) {
    assert.ok(new URL(r.url).pathname.startsWith(HOSTED.base), `${r.url} is under the path`);
    assert.ok(r.status < 400, `${r.url}: ${r.status}`);
  }
  // The wasm and the scripts, and no stylesheet: the views carry their styles.
  assert.ok(own.some((r) => r.url.endsWith(".wasm")) && own.some((r) => r.url.endsWith(".js")));
  assert.ok(!own.some((r) => r.url.endsWith(".css")), "no view fetches a stylesheet");
  // Every link to this site goes under the path, and finds a page there.
  const local = [...links].filter((l) => l.startsWith(`http://127.0.0.1:${HOSTED.port}/`));
  assert.ok(local.length >= 3, local.join(" "));
  for (const link of local) {
    assert.ok(link.startsWith(SITE), `${link} is under the path`);
    assert.equal((await page.request.get(link)).status(), 200, link);
  }
  await quiet(page, errors);
});

test("an unknown address under the path: the 404 page, styled, with links back under the path", async (t) => {
  const { page, errors, requests } = await open(t);
  const response = await page.goto(SITE + "no/such/page");
  assert.equal(response.status(), 404);
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await appReady(page);
  const home = page.getByRole("link", { name: /Read “Golang vs Python” from the start/ });
  assert.equal(await home.getAttribute("href"), HOSTED.base);
  // Styled by the styles in the page, which the policy allows (a refused <style> has no sheet).
  assert.ok(await page.evaluate(() => [...document.querySelectorAll("style")].some((s) => s.sheet?.cssRules.length > 0)), "its styles apply under the policy");
  const loader = requests.find((r) => /showdown-boot-/.test(r.url));
  assert.ok(loader && loader.status === 200 && new URL(loader.url).pathname.startsWith(HOSTED.base), "its loader loads from the path");
  await home.click();
  await page.waitForURL(SITE);
  // Chromium logs the 404 answer itself; nothing else may be logged.
  await quiet(page, errors.filter((e) => !/^console: Failed to load resource: the server responded with a status of 404/.test(e)));
});

test("the questionnaire under the path and the policy: progress, result, share link, and the booking it leads to", async (t) => {
  const { page, errors } = await open(t);
  await page.goto(SITE + "quiz");
  await appReady(page);
  const fill = page.locator(".sd-progress-bar > span");
  assert.equal(await fill.evaluate((s) => s.getBoundingClientRect().width), 0);
  await answerWithMouse(page, GO_CASE, 0, 2);
  assert.ok((await fill.evaluate((s) => s.getBoundingClientRect().width)) > 0, "the progress bar moved (its width is set through the CSSOM)");
  await answerWithMouse(page, GO_CASE, 2);
  assert.equal(await page.locator("[data-recommendation]").getAttribute("data-recommendation"), "go");
  // The address shows the answers under the path (once the result is painted); the share
  // link is on the site's address.
  await page.waitForURL(`${SITE}quiz?${queryOf(GO_CASE)}`, { timeout: 2000 });
  const share = await page.getByLabel("Link to this result").inputValue();
  assert.equal(share, `${SITE}quiz?${queryOf(GO_CASE)}`);
  const bar = page.locator(".sd-score-go .sd-score-bar > span");
  assert.ok((await bar.evaluate((s) => s.getBoundingClientRect().width)) > 0, "the score bar is drawn");
  // The share link, opened in another browser, shows the same result.
  const other = await open(t);
  await other.page.goto(share);
  await appReady(other.page);
  assert.equal(await other.page.locator("[data-recommendation]").getAttribute("data-recommendation"), "go");
  await quiet(other.page, other.errors);
  // "Book a meeting about this" stays under the path and carries the result into the form.
  await page.getByRole("link", { name: "Book a meeting about this" }).click();
  await page.waitForURL((u) => u.pathname === `${HOSTED.base}contact`);
  await appReady(page);
  assert.equal(await page.getByLabel("Topic").inputValue(), "go");
  await quiet(page, errors);
});

test("the form posts to the build's endpoint under the policy, and an early submit is held", async (t) => {
  const { page, errors } = await open(t);
  const release = await slowWasm(page);
  const before = receiver.posts().length;
  await page.goto(SITE + "contact");
  await page.getByLabel("Full name").fill("Grace Hopper");
  await page.getByLabel("Email address").fill("grace@example.com");
  await page.getByLabel("Message").fill("Compilers, mostly.");
  await page.getByRole("button", { name: "Book a meeting" }).click();
  assert.equal(new URL(page.url()).search, "", "the browser did not send the form itself");
  release();
  await appReady(page);
  await page.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const posts = receiver.posts().slice(before);
  assert.equal(posts.length, 1);
  assert.equal(posts[0].url, "/bookings");
  const body = JSON.parse(posts[0].body);
  assert.equal(body.name, "Grace Hopper");
  assert.equal(body.source_url, SITE + "contact");
  await quiet(page, errors);
});

test("a remembered theme is on the page before its first paint, under the policy", async (t) => {
  const { page, errors, context } = await open(t, { colorScheme: "light" });
  await context.addInitScript(() => {
    localStorage.setItem("showdown-theme", "dark");
    document.addEventListener("DOMContentLoaded", () => { window.__themeAtParse = document.getElementById("app")?.dataset.theme; });
  });
  await page.route(/_bg\.wasm$/, () => {}); // the app never starts: only the page's own script can set it
  await page.goto(SITE);
  await page.waitForFunction(() => "__themeAtParse" in window);
  assert.equal(await page.evaluate(() => window.__themeAtParse), "dark");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
});

test("embed.js from the path, on a host page with the README's policy: the questionnaire and the form work", async (t) => {
  const { page, errors } = await open(t);
  const before = receiver.posts().length;
  await page.goto(`${host.url}/post.html`);
  await page.waitForFunction(() => document.querySelectorAll("[data-showdown]").length === 2
    && [...document.querySelectorAll("[data-showdown]")].every((el) => el.shadowRoot?.querySelector(".showdown[data-mounted]")));
  const quiz = page.locator('[data-showdown="quiz"]');
  // Styled by its own sheets (adopted into the shadow root).
  assert.notEqual(await quiz.locator(".sd-button").first().evaluate((b) => getComputedStyle(b).backgroundColor), "rgba(0, 0, 0, 0)");
  await quiz.getByRole("radio", { name: option(QUESTIONS[0].id, GO_CASE[QUESTIONS[0].id]).text, exact: true }).check();
  await nextButton(quiz).click();
  await questionGroup(quiz, 1).waitFor();
  const form = page.locator('[data-showdown="contact"]');
  await form.getByLabel("Full name").fill("Ada Lovelace");
  await form.getByLabel("Email address").fill("ada@example.com");
  await form.getByLabel("Message").fill("From a host's blog.");
  await form.getByRole("button", { name: "Book a meeting" }).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  assert.equal(receiver.posts().length, before + 1);
  await quiet(page, errors);
});
