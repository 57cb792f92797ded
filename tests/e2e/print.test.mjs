// On paper: the article, its tables and the contact details, without the page's controls,
// with outside links' addresses printed, rows kept whole, in five A4 pages or fewer.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady } from "../support/browser.mjs";

const site = useSite();

/** The number of pages in a PDF Chromium printed. */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

test("printing the article gives its words, tables and contact details in five A4 pages or fewer", async () => {
  const { page, errors, context } = await openPage(site.browser);
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
    page.getByRole("link", { name: /questionnaire|find out which/i, includeHidden: true }),
  ]) {
    assert.ok((await control.count()) > 0, `${control} is on the page`);
    assert.equal(await control.first().isVisible(), false, `${control} is not printed`);
  }
  // The words, the table and the contact details.
  await page.getByRole("heading", { level: 1 }).waitFor({ state: "visible" });
  await page.getByRole("table", { name: /Key Differences/ }).waitFor({ state: "visible" });
  assert.ok(await page.getByText("5th Floor, Tower A, Keangnam Building").first().isVisible());
  assert.ok(await page.getByRole("link", { name: /\+84/ }).first().isVisible());
  // Outside links print their address; rows are not split across pages.
  const related = page.locator(".sd-related a").first();
  const href = await related.getAttribute("href");
  const after = await related.evaluate((a) => getComputedStyle(a, "::after").content);
  assert.ok(after.includes(href), `${after} holds ${href}`);
  assert.equal(await page.locator(".sd-table tbody tr").first().evaluate((tr) => getComputedStyle(tr).breakInside), "avoid");
  const pages = pageCount(await page.pdf({ format: "A4" }));
  assert.ok(pages >= 1 && pages <= 5, `${pages} A4 pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing the booking page gives the contact details, not the form", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/contact");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("form").first().isVisible(), false);
  assert.ok(await page.getByText("5th Floor, Tower A, Keangnam Building").first().isVisible());
  assert.equal(pageCount(await page.pdf({ format: "A4" })), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("printing a result gives the recommendation, its reasons and the share link, not the buttons", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/quiz?workload=api&performance=critical&concurrency=high&time_to_market=long_term&team=go&libraries=none&deployment=binary&resources=tight");
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
