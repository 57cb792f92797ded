// Every view is prerendered at build time by the app's own components: it shows
// its content with JavaScript off, and the running app's DOM equals the prerendered one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady, slowWasm, DIST, ROOT } from "../support/browser.mjs";
import { serveStatic } from "../support/static-server.mjs";

const site = useSite();

const VIEWS = ["/", "/quiz", "/contact", "/404.html"];

test("with JavaScript off, the article shows whole, with its tables and head tags", async () => {
  const { page, context } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.server.url + "/");
  assert.deepEqual(await page.locator("h1").allInnerTexts(), ["Golang vs Python: The Ultimate Showdown for Backend Development"]);
  assert.equal(await page.locator("main h2").count(), 10);
  assert.equal(await page.locator("main h2").first().innerText(), "What is Golang?");
  const table = page.getByRole("table", { name: /Key Differences/ });
  assert.equal(await table.locator("tbody tr").count(), 10);
  assert.equal(await page.locator(".sd-bullets li").count(), 38);
  await page.getByText("Global Interpreter Lock (GIL).", { exact: false }).first().waitFor();
  // (Chromium with scripting disabled through the DevTools protocol still parses <noscript> as raw text.)
  assert.match(await page.content(), /<noscript>[\s\S]*The questionnaire and the booking form need JavaScript/);
  await page.locator('a[href="tel:+84904026070"]').first().waitFor();
  assert.match(await page.title(), /Golang vs Python/);
  await context.close();
});

test("each view's head carries its own title and description from content/site.toml", async () => {
  const { parse } = await import("smol-toml");
  const { readFileSync } = await import("node:fs");
  const { join } = await import("node:path");
  const settings = parse(readFileSync(join(ROOT, "content", "site.toml"), "utf8"));
  const files = { article: "index.html", quiz: "quiz/index.html", contact: "contact/index.html", not_found: "404.html" };
  for (const [view, file] of Object.entries(files)) {
    const html = readFileSync(join(DIST, file), "utf8");
    assert.ok(!html.includes("__SHOWDOWN_"), `${file} has no placeholder left`);
    const { title, description } = settings.views[view];
    const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    assert.ok(html.includes(`<title>${attr(title)}</title>`), `${file}: title`);
    assert.ok(html.includes(`content="${attr(description)}"`) || html.includes(`content=${attr(description)}`), `${file}: description`);
    assert.ok(html.includes(settings.company.email), `${file}: the company's email in the noscript note`);
  }
});

test("with JavaScript off, /quiz shows the first question and says it needs JavaScript", async () => {
  const { page, context } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.server.url + "/quiz");
  assert.equal(await page.locator("legend").innerText(), "What will your backend mainly do?");
  assert.equal(await page.getByRole("radio").count(), 6);
  assert.match(await page.content(), /<noscript>[\s\S]*The questionnaire needs JavaScript/);
  assert.match(await page.title(), /questionnaire/i);
  assert.match(await page.getAttribute('link[rel="canonical"]', "href"), /\/quiz$/);
  await context.close();
});

test("with JavaScript off, /contact shows the form with its labels and the contact details", async () => {
  const { page, context } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.server.url + "/contact");
  assert.equal(await page.locator("h1").innerText(), "Book a meeting");
  for (const label of ["Full name", "Email address", "Company", "Topic", "Preferred date", "Message"]) {
    await page.getByLabel(label, { exact: false }).first().waitFor();
  }
  await page.getByText("5th Floor, Tower A, Keangnam Building").waitFor();
  assert.match(await page.title(), /Book a meeting/);
  await context.close();
});

test("with JavaScript off, the 404 page says so", async () => {
  const { page, context } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.server.url + "/404.html");
  assert.equal(await page.locator("h1").innerText(), "Page not found");
  assert.equal(await page.getAttribute('meta[name="robots"]', "content"), "noindex");
  await context.close();
});

// The app's DOM, normalised: no comments, no whitespace between tags, and the two
// things only the visitor's browser knows (today's date as the date input's minimum,
// the visitor's timezone in its help text) blanked. The progress bar's width is set through
// the CSSOM once the island is alive (the build writes no style attribute, which a strict
// Content-Security-Policy would refuse): an empty bar's `width: 0%` is what its sheet already says.
async function appHtml(page) {
  return page.evaluate(() => {
    const root = document.getElementById("app").cloneNode(true);
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walk.nextNode()) comments.push(walk.currentNode);
    comments.forEach((c) => c.remove());
    root.querySelectorAll("input[type=date]").forEach((i) => i.removeAttribute("min"));
    root.querySelectorAll("[id$=contact-preferred_date-help]").forEach((p) => (p.textContent = ""));
    root.querySelectorAll('.sd-progress-bar > span[style="width: 0%;"]').forEach((s) => s.removeAttribute("style"));
    root.normalize();
    // Attribute order is not meaningful (the server and the browser write them in different orders).
    const out = [];
    const write = (node) => {
      if (node.nodeType === Node.TEXT_NODE) { if (node.data.trim()) out.push(node.data); return; }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(" ");
      out.push(`<${node.localName}${attrs ? " " + attrs : ""}>`);
      (node.localName === "template" ? node.content : node).childNodes.forEach(write);
      out.push(`</${node.localName}>`);
    };
    root.childNodes.forEach(write);
    return out.join("");
  });
}

for (const view of VIEWS) {
  test(`the prerendered ${view} equals what the app renders`, async () => {
    const off = await openPage(site.browser, { javaScriptEnabled: false, colorScheme: "light", timezoneId: "UTC" });
    await off.page.goto(site.server.url + view);
    const before = await appHtml(off.page);
    await off.context.close();
    assert.ok(before.length > 1000, "the view is prerendered");

    const on = await openPage(site.browser, { colorScheme: "light", timezoneId: "UTC" });
    await on.page.goto(site.server.url + view);
    await appReady(on.page);
    const afterHtml = await appHtml(on.page);
    assert.equal(afterHtml, before);
    assert.deepEqual(on.errors, []);
    await on.context.close();
  });
}

test("the app takes over without a layout shift", async () => {
  const { page, errors, context } = await openPage(site.browser, { viewport: { width: 375, height: 800 } });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shift += e.value; }))
      .observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.waitForTimeout(300);
  assert.ok((await page.evaluate(() => window.__shift)) < 0.01, "no layout shift");
  assert.deepEqual(errors, []);
  await context.close();
});

// A visitor on a slow connection can use the prerendered page before the wasm has
// arrived: what they choose or type is kept, and a submit is handled once the app is ready
// (never sent by the browser as a GET with the visitor's data in the address).

test("before the app attaches: a quiz answer and Next are kept and handled", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const release = await slowWasm(page);
  await page.goto(site.server.url + "/quiz");
  await page.getByLabel("Network servers, proxies or real-time messaging").check();
  await page.getByRole("button", { name: "Next" }).click();
  assert.equal(new URL(page.url()).search, "", "the browser did not submit the form itself");
  release();
  await appReady(page);
  await page.getByRole("group", { name: "How much does raw speed matter?" }).waitFor();
  await page.getByRole("button", { name: "Back" }).click();
  assert.equal(await page.getByLabel("Network servers, proxies or real-time messaging").isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("before the app attaches: text typed into the form is kept, and an early submit is handled", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const release = await slowWasm(page);
  await page.goto(site.server.url + "/contact");
  await page.getByLabel("Full name").fill("Early Bird");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Book a meeting" }).click();
  assert.equal(new URL(page.url()).search, "", "nothing typed went into the address bar");
  release();
  await appReady(page);
  assert.equal(await page.getByLabel("Full name").inputValue(), "Early Bird");
  // The held submit was validated by the app: the email error shows, focus on it.
  await page.getByText("Please enter an email address like name@example.com.").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "contact-email");
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel("Full name").inputValue(), "Early Bird", "the early text was kept as a draft");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a host that serves index.html for every path still shows the right view", async () => {
  const spa = await serveStatic(DIST, { spaOnly: true });
  try {
    for (const [path, check] of [
      ["/quiz?workload=data", async (page) => {
        await page.getByRole("group", { name: "How much does raw speed matter?" }).waitFor();
        assert.equal(await page.locator("h1").innerText(), "Which language fits your backend?");
      }],
      ["/contact?topic=python", async (page) => {
        assert.equal(await page.locator("h1").innerText(), "Book a meeting");
        assert.equal(await page.getByLabel("Topic").inputValue(), "python");
      }],
    ]) {
      const { page, errors, context } = await openPage(site.browser);
      await page.goto(spa.url + path);
      await appReady(page);
      await check(page);
      assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').getAttribute("href"), path.split("?")[0]);
      assert.deepEqual(errors, []);
      await context.close();
    }
  } finally {
    await spa.close();
  }
});
