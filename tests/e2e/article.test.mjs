// The article page, as a visitor's browser sees it (contract §1 and §5).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useSite, openPage, appReady, DIST, ROOT } from "../support/browser.mjs";

const site = useSite();

const H2 = [
  "What is Golang?", "What is Python?", "Golang vs Python: What Are They Used For?",
  "Golang vs Python: Key Differences", "Golang vs Python: Advantages and Disadvantages",
  "When to Use Golang?", "When to Use Python?", "Golang vs Python: Who Wins?",
];
const ASPECTS = ["Design Philosophy", "Syntax", "Performance", "Concurrency", "Ease of Learning",
  "Community & Support", "Libraries & Frameworks", "Typical Use Cases", "Ecosystem", "Development Speed"];

// The seed's table lines, read from the article kept in the repository: "<aspect> <golang> <python>".
const seed = readFileSync(join(ROOT, "content/golang-vs-python.seed.txt"), "utf8");
const seedRows = ASPECTS.map((a) => seed.split("\n").find((l) => l.startsWith(a + " ")).trim().replace(/\s+/g, " "));

test("head: lang, title, description, Open Graph, canonical, favicon", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.match(await page.title(), /Golang vs Python/);
  assert.ok((await page.getAttribute('meta[name="description"]', "content")).length > 50);
  assert.match(await page.getAttribute('meta[property="og:title"]', "content"), /Golang vs Python/);
  assert.ok(await page.getAttribute('meta[property="og:description"]', "content"));
  assert.equal(await page.getAttribute('meta[property="og:url"]', "content"), "http://127.0.0.1:8080/");
  assert.equal(await page.getAttribute('link[rel="canonical"]', "href"), "http://127.0.0.1:8080/");
  const icon = await page.getAttribute('link[rel="icon"]', "href");
  assert.equal((await page.request.get(site.server.url + icon)).status(), 200);
  assert.deepEqual(errors, []);
  await context.close();
});

test("headings: one h1, the eight h2 in order with ids, subsections below", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const h1 = await page.locator("h1").allInnerTexts();
  assert.deepEqual(h1, ["Golang vs Python: The Ultimate Showdown for Backend Development"]);
  const h2 = await page.locator("h2").evaluateAll((els) => els.map((e) => ({ text: e.textContent.trim(), id: e.id })));
  assert.deepEqual(h2.slice(0, 8).map((h) => h.text), H2);
  for (const h of h2) assert.match(h.id, /^[a-z0-9-]+$/, `h2 "${h.text}" has a stable id`);
  for (const name of ["What is Golang Used For?", "Advantages of Golang", "Disadvantages of Python"]) {
    const level = await page.getByRole("heading", { name, exact: true }).evaluate((e) => e.tagName);
    assert.ok(["H3", "H4"].includes(level), `${name} is ${level}`);
  }
  // Bullets keep their bold lead.
  const lead = page.locator("li", { hasText: "Go has built-in support for concurrent execution" }).locator("strong");
  assert.equal(await lead.innerText(), "Concurrency:");
  assert.equal(await page.locator("main li strong").count() >= 38, true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("key differences table: caption, scopes, ten rows with every cell of the article", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const table = page.getByRole("table", { name: /Key Differences/ });
  assert.match(await table.locator("caption").innerText(), /Key Differences/);
  const cols = await table.locator('thead th[scope="col"]').allInnerTexts();
  assert.equal(cols.length, 3);
  assert.deepEqual(cols.slice(1).map((c) => c.trim().toLowerCase()), ["golang", "python"]);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => ({
    aspect: tr.querySelector('th[scope="row"]').childNodes[0].textContent.trim(),
    go: tr.querySelectorAll("td")[0].textContent.trim(),
    py: tr.querySelectorAll("td")[1].childNodes[0].textContent.trim(),
  })));
  assert.deepEqual(rows.map((r) => r.aspect), ASPECTS);
  rows.forEach((r, i) => assert.equal(`${r.aspect} ${r.go} ${r.py}`.replace(/\s+/g, " "), seedRows[i]));
  // Editor's notes beside the two outdated claims.
  assert.match(await table.locator("tbody tr", { hasText: "Global Interpreter Lock" }).innerText(), /Editor.s note: .*3\.13/);
  assert.match(await page.locator("li", { hasText: "Lack of generics" }).innerText(), /Editor.s note: .*1\.18/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the filter narrows the table to the chosen aspects", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const table = page.getByRole("table", { name: /Key Differences/ });
  await page.getByRole("checkbox", { name: "Syntax" }).uncheck({ force: true });
  await page.getByRole("checkbox", { name: "Ecosystem" }).uncheck({ force: true });
  const visible = await table.locator("tbody tr:visible th").allInnerTexts();
  assert.equal(visible.length, 8);
  assert.ok(!visible.some((t) => t.startsWith("Syntax")));
  await page.getByText("Showing 8 of 10 aspects.").waitFor();
  await page.getByRole("button", { name: "Show all aspects" }).click();
  assert.equal(await table.locator("tbody tr:visible").count(), 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test("table of contents links land on their sections and mark the current one", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const toc = page.getByRole("navigation", { name: "Contents" });
  const links = toc.getByRole("link");
  assert.equal(await links.count(), 8);
  for (const [i, id] of [[3, "key-differences"], [7, "who-wins"], [1, "what-is-python"]]) {
    await links.nth(i).click();
    await page.waitForFunction((id) => location.hash === "#" + id, id);
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight / 2;
    }, id, { timeout: 5000 });
    await page.waitForFunction((i) => document.querySelectorAll('nav[aria-label="Contents"] a')[i].getAttribute("aria-current") === "location", i, { timeout: 5000 });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("phone width: no sideways scroll, advantages stack; wide: side by side", async () => {
  const { page, errors, context } = await openPage(site.browser, { viewport: { width: 375, height: 800 } });
  await page.goto(site.server.url + "/");
  await appReady(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "the page scrolls sideways at 375px");
  await page.setViewportSize({ width: 1280, height: 900 });
  const [a, d] = await Promise.all(["golang-advantages", "golang-disadvantages"].map((id) =>
    page.locator(`#${id}`).evaluate((h) => h.closest("section").getBoundingClientRect().top)));
  assert.ok(Math.abs(a - d) < 2, "advantages and disadvantages side by side on wide screens");
  assert.deepEqual(errors, []);
  await context.close();
});

test("related lines are links; contact block has tel:, mailto: and the address", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const related = page.locator(".sd-related a");
  assert.equal(await related.count(), 3);
  for (const href of await related.evaluateAll((as) => as.map((a) => a.href))) assert.match(href, /^https:\/\//);
  assert.equal(await page.locator('a[href^="tel:"]').first().getAttribute("href"), "tel:+84904026070");
  assert.equal(await page.locator('a[href^="mailto:"]').first().getAttribute("href"), "mailto:hello@amela.tech");
  await page.getByText("5th Floor, Tower A, Keangnam Building").first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("theme: follows the system, the toggle switches and is remembered across a reload", async () => {
  const { page, errors, context } = await openPage(site.browser, { colorScheme: "light" });
  await page.goto(site.server.url + "/");
  await appReady(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.getElementById("app")).backgroundColor);
  const light = await bg();
  const toggle = page.getByRole("button", { name: /dark theme/i });
  assert.equal(await toggle.getAttribute("aria-pressed"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  const dark = await bg();
  assert.notEqual(dark, light);
  await page.reload();
  // Before and after the app mounts, the page is dark (no flash of the light theme).
  assert.equal(await page.getAttribute("#app", "data-theme"), "dark");
  await appReady(page);
  assert.equal(await bg(), dark);
  assert.equal(await page.getByRole("button", { name: /dark theme/i }).getAttribute("aria-pressed"), "true");
  // The theme lives on the app root, never on :root.
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-theme")), null);
  assert.deepEqual(errors, []);
  await context.close();

  const darkSystem = await openPage(site.browser, { colorScheme: "dark" });
  await darkSystem.page.goto(site.server.url + "/");
  await appReady(darkSystem.page);
  assert.equal(await darkSystem.page.evaluate(() => getComputedStyle(document.getElementById("app")).backgroundColor), dark);
  await darkSystem.context.close();
});

// On a slow phone the browser paints the page before it has read all of it: a remembered
// theme must already be on that first frame, not arrive with the end of the page.
test("theme: a remembered dark theme is on every frame painted, the first one too, on a slow phone", async () => {
  const { page, errors, context } = await openPage(site.browser, { colorScheme: "light", viewport: { width: 375, height: 812 } });
  await context.addInitScript(() => localStorage.setItem("showdown-theme", "dark"));
  // A dark page first, so that only a light frame of this page can be mistaken for one.
  await page.setContent("<body style='background:#000'></body>");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 300, downloadThroughput: 100_000, uploadThroughput: 50_000 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const frames = [];
  cdp.on("Page.screencastFrame", (f) => {
    frames.push(f.data);
    cdp.send("Page.screencastFrameAck", { sessionId: f.sessionId }).catch(() => {});
  });
  await cdp.send("Page.startScreencast", { format: "png", everyNthFrame: 1 });
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.waitForTimeout(300);
  await cdp.send("Page.stopScreencast");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  // Each frame's brightness at the page's left margin, halfway down (decoded by the browser,
  // on a blank page of its own).
  const decoder = await context.newPage();
  const brightness = await decoder.evaluate(async (frames) => Promise.all(frames.map(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(bitmap, 0, 0);
    const [r, g, b] = ctx.getImageData(2, Math.floor(bitmap.height / 2), 1, 1).data;
    return Math.round((r + g + b) / 3);
  })), frames);
  // The light theme's background is #f7f8fb (249), the dark one's about 22. A white frame
  // would be the browser's own canvas before #app exists, which no script of ours can theme.
  const lightTheme = (v) => v >= 235 && v <= 252;
  const darkTheme = (v) => v >= 10 && v <= 40;
  assert.ok(brightness.some(darkTheme), `the page itself was captured: ${brightness.join(" ")}`);
  assert.deepEqual(brightness.filter(lightTheme), [], `light frames among ${brightness.join(" ")}`);
  assert.equal(await page.getAttribute("#app", "data-theme"), "dark");
  assert.deepEqual(errors, []);
  await context.close();
});

test("unknown paths show a 404 view with a way home; dist/404.html exists", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/no/such/page");
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  await page.getByRole("link", { name: /from the start/ }).click();
  await page.waitForURL(site.server.url + "/");
  await appReady(page);
  await page.getByRole("heading", { level: 1, name: /Golang vs Python/ }).waitFor();
  assert.match(readFileSync(join(DIST, "404.html"), "utf8"), /id="?app"?/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("skip link, noscript note, and never a blank page while loading", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash === "#main");
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  assert.match(html, /<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  assert.deepEqual(errors, []);
  await context.close();
});
