// The release build's own dist/_headers, sent as the headers of every answer (as Netlify or
// Cloudflare Pages send them): the whole page works under exactly that policy, and nothing
// reports a violation. (tests/hosting.test.mjs does the same for a build under a sub-path,
// with a form endpoint, and for the embed on a host page.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady } from "../support/browser.mjs";
import { GO_CASE, answerWithMouse, queryOf } from "../support/quiz.mjs";

const site = useSite({ headersFile: true });

async function open(options = {}) {
  const opened = await openPage(site.browser, options);
  await opened.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return opened;
}

async function quiet({ page, errors, context }) {
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
}

test("every view, the theme toggle and the table filter work under the build's policy", async () => {
  const opened = await open();
  const { page } = opened;
  for (const path of ["/", "/quiz", "/contact", "/no-such-page"]) {
    const response = await page.goto(site.server.url + path);
    assert.match(response.headers()["content-security-policy"] ?? "", /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, path);
    await appReady(page);
  }
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.getByRole("button", { name: /Dark theme/ }).click();
  assert.equal(await page.locator("#app").getAttribute("data-theme"), "dark");
  await page.getByRole("checkbox", { name: "Syntax" }).uncheck();
  await page.getByRole("row", { name: /^Syntax/ }).waitFor({ state: "hidden" });
  // The remembered theme is applied by the page's own inline script, allowed by its hash.
  await page.reload();
  assert.equal(await page.locator("#app").getAttribute("data-theme"), "dark");
  await quiet(opened);
});

test("the questionnaire under the build's policy: progress and score bars are drawn", async () => {
  const opened = await open();
  const { page } = opened;
  await page.goto(site.server.url + "/quiz");
  await appReady(page);
  await answerWithMouse(page, GO_CASE);
  const width = await page.locator(".sd-score-go .sd-score-bar > span").evaluate((s) => s.getBoundingClientRect().width);
  assert.ok(width > 0, "the Go bar has its width");
  await quiet(opened);
});

test("the printout's result and the embed demo page work under the build's policy", async () => {
  const opened = await open();
  const { page, context } = opened;
  await context.addInitScript((query) => localStorage.setItem("showdown-quiz-result", query), queryOf(GO_CASE));
  await page.goto(site.server.url + "/");
  await appReady(page);
  await page.locator(".sd-printed-result").waitFor({ state: "attached" });
  await page.goto(site.server.url + "/embed-demo.html");
  await page.waitForFunction(() => [...document.querySelectorAll("[data-showdown]")].every((el) => el.shadowRoot?.querySelector(".showdown[data-mounted]")));
  // Its own sheet styles it; its own script logs the widgets' events.
  assert.equal(await page.locator("body").evaluate((b) => getComputedStyle(b).maxWidth), "928px");
  const quiz = page.locator('[data-showdown="quiz"]');
  await answerWithMouse(quiz, GO_CASE);
  await page.locator("#events li", { hasText: "showdown:quiz-complete" }).waitFor();
  await quiet(opened);
});

test("a booking waiting in this browser goes out from another view under the build's policy, and its notice says so", async () => {
  const opened = await open();
  const { page, context } = opened;
  // Kept by an earlier visit and due now. Its endpoint is on the site's own origin, which the
  // policy's connect-src allows, and answers 200 (any 2xx is delivered).
  await context.addInitScript((endpoint) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    const id = "1b4e28ba-2fa1-4d2b-9b5e-0a1c2d3e4f50";
    const now = String(Date.now());
    localStorage.setItem("showdown-outbox", new URLSearchParams([["v", "1"], ["id", id], ["topic", "go"],
      ["endpoint", endpoint], ["type", "application/json"], ["body", JSON.stringify({ submission_id: id })],
      ["fingerprint", "42"], ["since", now], ["failures", "1"], ["next", now]]).toString());
  }, site.server.url + "/robots.txt");
  await page.goto(site.server.url + "/quiz");
  const notice = page.getByRole("status").filter({ hasText: "has now been sent" });
  await notice.waitFor({ timeout: 25000 });
  assert.match(await notice.innerText(), /Thank you! Your meeting request, which was waiting in this browser, has now been sent/);
  assert.equal(await page.evaluate(() => localStorage.getItem("showdown-outbox")), null, "nothing waits any more");
  await quiet(opened);
});
