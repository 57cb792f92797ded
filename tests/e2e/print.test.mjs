// On paper: the article, its tables and the contact details, without the page's controls,
// with outside links' addresses printed, rows kept whole, in five A4 pages or fewer; and the
// result of a questionnaire finished in this browser at the end of the printout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady } from "../support/browser.mjs";
import { QUESTIONS, GO_CASE, option, answerWithMouse, queryOf } from "../support/quiz.mjs";

const site = useSite();

/** The number of pages in a PDF Chromium printed. */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
const ADDRESS = "5th Floor, Tower A, Keangnam Building";

test("printing the article gives its words, tables and contact details in five A4 pages or fewer", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  // None of the page's controls (hidden ones too are found, then must not show).
  for (const control of [
    page.getByRole("navigation", { name: "Main", includeHidden: true }),
    page.getByRole("link", { name: "Skip to content", includeHidden: true }),
    page.getByRole("button", { name: /theme/i, includeHidden: true }),
    page.getByRole("navigation", { name: "Contents", includeHidden: true }),
    page.getByRole("group", { name: "Compare only what matters to you", includeHidden: true }),
    page.getByRole("form", { name: /book a meeting/i, includeHidden: true }),
    page.getByRole("textbox", { name: "Full name", includeHidden: true }),
    page.getByRole("link", { name: /questionnaire|find out which/i, includeHidden: true }),
  ]) {
    assert.ok((await control.count()) > 0, `${control} is on the page`);
    assert.equal(await control.first().isVisible(), false, `${control} is not printed`);
  }
  // The words, the table and the contact details.
  await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible" });
  await page.getByRole("table", { name: /Key Differences/ }).waitFor({ state: "visible" });
  assert.ok(await page.getByText(ADDRESS).first().isVisible());
  assert.ok(await page.getByRole("link", { name: /\+84/ }).first().isVisible());
  // Outside links print their address; rows are not split across pages.
  const related = page.locator(".sd-related a").first();
  const href = await related.getAttribute("href");
  const after = await related.evaluate((a) => getComputedStyle(a, "::after").content);
  assert.ok(after.includes(href), `${after} holds ${href}`);
  assert.equal(await page.locator(".sd-table tbody tr").first().evaluate((tr) => getComputedStyle(tr).breakInside), "avoid");
  // Without a finished questionnaire there is no result to print, and its bundle is never
  // fetched (not even once the browser is idle: the loader gives idleness two seconds).
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(2500);
  assert.equal(await page.getByRole("heading", { name: /Your questionnaire result/, includeHidden: true }).count(), 0);
  assert.ok(!fetched.some((p) => p.includes("showdown-printout-")), fetched.join(" "));
  const pages = pageCount(await page.pdf({ format: "A4" }));
  assert.ok(pages >= 1 && pages <= 5, `${pages} A4 pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("no stylesheet holds up the first paint: the page carries its styles, the print rules among them", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(site.server.url + "/");
  await appReady(page);
  assert.equal(await page.locator('link[rel~="stylesheet"]').count(), 0);
  assert.ok(!fetched.some((p) => p.endsWith(".css")), fetched.join(" "));
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => ({
    owner: s.ownerNode?.nodeName,
    print: [...s.cssRules].some((r) => r instanceof CSSMediaRule && r.media.mediaText === "print"),
  })));
  assert.deepEqual(sheets, [{ owner: "STYLE", print: true }]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("after the questionnaire, the printed article ends with its recommendation, scores, answers and link", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/quiz");
  await appReady(page);
  await answerWithMouse(page, GO_CASE);
  const scores = await page.getByRole("list", { name: "Scores" }).innerText();
  await page.goto(site.server.url + "/");
  await appReady(page);
  const block = page.locator(".sd-printed-result");
  await block.waitFor({ state: "attached" });
  // On screen it is not there for anyone.
  assert.equal(await block.isVisible(), false);
  await page.emulateMedia({ media: "print" });
  await page.getByRole("heading", { name: "Your questionnaire result: Go" }).waitFor({ state: "visible" });
  const text = await block.innerText();
  assert.match(text, /Go fits your project best\./);
  for (const [, name, score] of scores.matchAll(/(Go|Python)\s*(\d+)\/100/g)) {
    assert.ok(text.includes(`${name} ${score}/100`), `${name} ${score}/100 in ${text}`);
  }
  for (const q of QUESTIONS) {
    assert.ok(text.includes(`${q.text} ${option(q.id, GO_CASE[q.id]).text}`), `${q.id} in ${text}`);
  }
  assert.ok(text.includes(`http://127.0.0.1:8080/quiz?${queryOf(GO_CASE)}`), text);
  // It comes last: after the booking section's contact details.
  const last = await page.evaluate(() => {
    const shown = [...document.querySelectorAll("main *")].filter((el) => el.checkVisibility()).at(-1);
    return Boolean(shown?.closest(".sd-printed-result"));
  });
  assert.ok(last, "the result is the printout's last block");
  const pages = pageCount(await page.pdf({ format: "A4" }));
  assert.ok(pages <= 5, `${pages} A4 pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing the booking page gives the contact details, not the form", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/contact");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("form").first().isVisible(), false);
  assert.ok(await page.getByText(ADDRESS).first().isVisible());
  assert.equal(pageCount(await page.pdf({ format: "A4" })), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing a result gives the recommendation, its reasons and the share link, not the buttons", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/quiz?" + queryOf(GO_CASE));
  await appReady(page);
  await page.locator("[data-recommendation]").waitFor();
  await page.emulateMedia({ media: "print" });
  await page.getByRole("heading", { name: /Our recommendation: Go/ }).waitFor({ state: "visible" });
  assert.ok(await page.locator(".sd-reasons li").first().isVisible());
  assert.ok(await page.getByLabel("Link to this result").isVisible());
  assert.equal(await page.getByRole("button", { name: "Start over", includeHidden: true }).isVisible(), false);
  assert.ok(pageCount(await page.pdf({ format: "A4" })) <= 2);
  assert.deepEqual(errors, []);
  await context.close();
});
