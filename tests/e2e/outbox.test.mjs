// The outbox (a booking that could not be sent waits in this browser and goes out by
// itself) and the booking's funnel events, in headless Chromium against the release
// build, posting across origins to the tests' receiver, which counts every POST and its
// submission_id.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, appReady, DIST } from "../support/browser.mjs";
import { serveStatic } from "../support/static-server.mjs";
import { startReceiver } from "../support/receiver.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Chromium logs a failed request (a 4xx/5xx reply, no network) as a console error itself.
const FAILED_REQUEST = /^console: Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)/;
const without = (errors) => errors.filter((e) => !FAILED_REQUEST.test(e));
const BLOCK_STORAGE = () => {
  Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
};
// Every announcement the page makes, in order: the DOM events (from the document) and the pushes.
const RECORD = () => {
  window.dataLayer = [];
  window.__events = [];
  for (const type of ["showdown:quiz-start", "showdown:quiz-step", "showdown:quiz-complete",
    "showdown:contact-submitted", "showdown:contact-error"]) {
    document.addEventListener(type, (e) => window.__events.push({ type, detail: e.detail }));
  }
};

/** A receiver, the site (with the receiver as its endpoint) and a browser context, closed after the test. */
async function setup(t, { init = [], timeout = "3000" } = {}) {
  const receiver = await startReceiver();
  const meta = { "showdown:contact-endpoint": `${receiver.url}/bookings`, "showdown:contact-timeout": timeout };
  const server = await serveStatic(DIST, { meta });
  const { context, errors } = await openPage(browser, { timezoneId: "Europe/Berlin" });
  for (const script of [RECORD, ...init]) await context.addInitScript(script);
  t.after(async () => {
    await context.close();
    await server.close();
    await receiver.close();
  });
  /** Opens `path` in a new tab of the same browser (its errors join `errors`); resolves once the islands are up. */
  const open = async (path) => {
    const tab = await context.newPage();
    tab.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
    tab.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    await tab.goto(server.url + path);
    await appReady(tab);
    return tab;
  };
  /** The bodies of the POSTs the receiver got, parsed. */
  const posts = () => receiver.posts().map((p) => JSON.parse(p.body));
  return { receiver, server, context, errors, open, posts };
}

const form = (page) => page.getByRole("form", { name: /Book a meeting/ });
const send = (page) => form(page).getByRole("button", { name: "Book a meeting" }).click();
const thanked = (scope) => scope.getByRole("status").filter({ hasText: "Thank you" }).waitFor({ timeout: 25000 });
const events = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__events)));
const pushes = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.dataLayer)));
const stored = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("showdown-outbox") || k.startsWith("showdown-draft")));
const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function fillIn(page, message = "We need a fast API.") {
  const f = form(page);
  await f.getByLabel("Full name").fill("Ada Lovelace");
  await f.getByLabel("Email address").fill("ada@example.com");
  await f.getByLabel("Message").fill(message);
}

/** Fills in and sends the form on `page` while the receiver answers `mode`; resolves to the alert. */
async function failOnce(page, receiver, mode = "unavailable") {
  receiver.setMode(mode);
  await fillIn(page);
  await send(page);
  const alert = form(page).getByRole("alert");
  await alert.waitFor();
  return alert;
}

const ids = (bodies) => bodies.map((b) => b.submission_id);
const PERSONAL = ["Ada", "ada@example.com", "fast API", "Lovelace"];
function noPersonalData(...announced) {
  const text = JSON.stringify(announced);
  for (const p of PERSONAL) assert.ok(!text.includes(p), `${p} leaked into an event or push`);
}

test("offline, then back online: the booking goes out at once by itself, once", async (t) => {
  const { context, receiver, errors, open, posts } = await setup(t);
  const page = await open("/contact");
  await context.setOffline(true);
  const alert = await failOnce(page, receiver, "ok");
  const said = await alert.innerText();
  assert.match(said, /could not reach the booking service/);
  assert.match(said, /as soon as the booking service can be reached, by itself/);
  assert.equal(await alert.getByRole("button", { name: "Try again" }).count(), 1, "Try again is still offered");
  assert.equal(posts().length, 0);
  assert.deepEqual((await stored(page)).sort(), ["showdown-draft", "showdown-outbox"]);
  await wait(500);
  const back = Date.now();
  await context.setOffline(false);
  await thanked(form(page));
  assert.ok(Date.now() - back < 8000, "sent when the browser came back online, not on the 10 s schedule");
  assert.equal(posts().length, 1);
  assert.equal(posts()[0].name, "Ada Lovelace");
  assert.equal(await form(page).getByLabel("Full name").inputValue(), "", "the form is emptied");
  assert.deepEqual(await stored(page), [], "draft and outbox cleared");
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => e.type), ["showdown:contact-error", "showdown:contact-submitted"]);
  assert.deepEqual(seen[0].detail, { reason: "network" });
  assert.deepEqual(seen[1].detail, { topic: "both" });
  assert.deepEqual(await pushes(page), [
    { event: "showdown_contact_error", showdown_schema: 1, reason: "network" },
    { event: "showdown_contact_submitted", showdown_schema: 1, topic: "both" },
  ]);
  assert.deepEqual(without(errors), []);
});

test("a 503, then the service recovers: sent again with no click, the same submission_id, announced once", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const page = await open("/contact");
  const alert = await failOnce(page, receiver);
  assert.match(await alert.innerText(), /error 503/);
  receiver.setMode("ok");
  const failedAt = receiver.posts()[0].at;
  await thanked(form(page));
  const gap = receiver.posts()[1].at - failedAt;
  assert.ok(gap >= 9000 && gap < 16000, `the first retry came ${gap} ms after the failure (about 10 s)`);
  assert.equal(posts().length, 2);
  assert.equal(new Set(ids(posts())).size, 1, "every attempt carries the same submission_id");
  await wait(1000);
  assert.equal(posts().length, 2, "nothing is sent after it went through");
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => [e.type, e.detail]), [
    ["showdown:contact-error", { reason: "server" }], ["showdown:contact-submitted", { topic: "both" }]]);
  noPersonalData(seen, await pushes(page));
  assert.deepEqual(await stored(page), []);
  assert.deepEqual(without(errors), []);
});

test("left waiting, the tab closed: the next visit to another view sends it and says thank you there", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const first = await open("/contact");
  await failOnce(first, receiver);
  const kept = await first.evaluate(() => localStorage.getItem("showdown-outbox"));
  assert.ok(kept, "the booking waits in this browser");
  await first.close();
  receiver.setMode("ok");
  const later = await open("/quiz");
  const notice = later.getByRole("status").filter({ hasText: "has now been sent" });
  await notice.waitFor({ timeout: 25000 });
  assert.match(await notice.innerText(), /Thank you! Your meeting request, which was waiting in this browser, has now been sent/);
  assert.equal(posts().length, 2);
  assert.equal(new Set(ids(posts())).size, 1);
  assert.deepEqual(await stored(later), []);
  assert.deepEqual((await events(later)).map((e) => [e.type, e.detail]), [["showdown:contact-submitted", { topic: "both" }]]);
  await notice.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await notice.getByText("Thank you").isVisible(), false);
  // The booking form opens empty now: nothing is kept, nothing waits.
  const contact = await open("/contact");
  assert.equal(await form(contact).getByLabel("Full name").inputValue(), "");
  assert.equal(await contact.getByText("We kept what you typed").count(), 0);
  await wait(500);
  assert.equal(posts().length, 2);
  assert.deepEqual(without(errors), []);
});

test("the next visit sends a waiting booking on any view: the article's notice, before its form hydrates", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const first = await open("/contact");
  await failOnce(first, receiver);
  // Due at once on the next visit.
  await first.evaluate(() => {
    const text = localStorage.getItem("showdown-outbox");
    localStorage.setItem("showdown-outbox", text.replace(/next=\d+/, `next=${Date.now()}`));
  });
  await first.close();
  receiver.setMode("ok");
  const article = await open("/");
  await article.getByRole("status").filter({ hasText: "has now been sent" }).waitFor({ timeout: 25000 });
  assert.equal(posts().length, 2);
  assert.equal(new Set(ids(posts())).size, 1);
  assert.deepEqual(without(errors), []);
});

test("turned down later, on a view without the form: the notice says so and leads to the kept draft", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const first = await open("/contact");
  await failOnce(first, receiver);
  await first.evaluate(() => {
    const text = localStorage.getItem("showdown-outbox");
    localStorage.setItem("showdown-outbox", text.replace(/next=\d+/, `next=${Date.now()}`));
  });
  await first.close();
  receiver.setMode("fields");
  const later = await open("/quiz");
  const notice = later.getByRole("status").filter({ hasText: "turned down" });
  await notice.waitFor({ timeout: 25000 });
  assert.match(await notice.innerText(), /what you typed is kept in the booking form/);
  assert.deepEqual((await events(later)).map((e) => [e.type, e.detail]), [["showdown:contact-error", { reason: "invalid" }]]);
  assert.deepEqual(await stored(later), ["showdown-draft"], "the booking no longer waits; the draft stays");
  await notice.getByRole("link", { name: "Open the booking form" }).click();
  await appReady(later);
  assert.equal(await form(later).getByLabel("Full name").inputValue(), "Ada Lovelace");
  await later.getByText("We kept what you typed").waitFor();
  await wait(500);
  assert.equal(posts().length, 2, "a refusal is not sent again");
  assert.deepEqual(without(errors), []);
});

test("an edit while it waits: the edited text goes out with a new id; the old text is never sent", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const page = await open("/contact");
  await failOnce(page, receiver);
  const message = form(page).getByLabel("Message");
  await message.fill("Actually, we need a fast API and a data pipeline.");
  // An edit that leaves the form incomplete: nothing waits until it is complete again.
  const email = form(page).getByLabel("Email address");
  await email.fill("");
  assert.match(await form(page).getByRole("alert").innerText(), /incomplete, so nothing is waiting/);
  assert.equal(await page.evaluate(() => localStorage.getItem("showdown-outbox")), null);
  await email.fill("ada@example.org");
  assert.match(await form(page).getByRole("alert").innerText(), /by itself/);
  receiver.setMode("ok");
  await thanked(form(page));
  const [old, edited] = posts();
  assert.equal(posts().length, 2);
  assert.equal(old.message, "We need a fast API.");
  assert.equal(edited.message, "Actually, we need a fast API and a data pipeline.");
  assert.equal(edited.email, "ada@example.org");
  assert.notEqual(edited.submission_id, old.submission_id, "the edited booking has its own id");
  await wait(500);
  assert.equal(posts().filter((p) => p.submission_id === old.submission_id).length, 1, "the old text went out only the first time");
  assert.deepEqual(without(errors), []);
});

test("a 422 is never sent again: field errors as before, nothing waits", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const page = await open("/contact");
  const alert = await failOnce(page, receiver, "fields");
  assert.match(await alert.innerText(), /check the messages next to the fields/);
  assert.doesNotMatch(await alert.innerText(), /by itself/);
  assert.equal(await page.evaluate(() => localStorage.getItem("showdown-outbox")), null);
  receiver.setMode("ok");
  await wait(12000);
  assert.equal(posts().length, 1, "not retried");
  assert.deepEqual((await events(page)).map((e) => [e.type, e.detail]), [["showdown:contact-error", { reason: "invalid" }]]);
  // A refusal without field messages is "rejected".
  receiver.setMode("reject");
  await send(page);
  await page.waitForFunction(() => window.__events.length === 2);
  assert.deepEqual((await events(page))[1].detail, { reason: "rejected" });
  assert.deepEqual(without(errors), []);
});

test("two tabs open at once: the waiting booking is sent once", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const one = await open("/contact");
  const two = await open("/quiz");
  await failOnce(one, receiver);
  // The other tab learns of the waiting booking from storage and starts sending too.
  await two.waitForFunction(() => document.querySelector(".sd-outbox")?.closest("leptos-island") !== null);
  receiver.setMode("ok");
  await thanked(form(one));
  await wait(3000);
  assert.equal(posts().length, 2, "one failed attempt, one delivery");
  assert.equal(new Set(ids(posts())).size, 1);
  const announced = [...(await events(one)), ...(await events(two))].filter((e) => e.type === "showdown:contact-submitted");
  assert.equal(announced.length, 1, "announced once, by the tab that delivered it");
  assert.deepEqual(without(errors), []);
});

test("two tabs hear the browser come back online: one of them sends, once; both say thank you", async (t) => {
  const { context, receiver, errors, open, posts } = await setup(t);
  const one = await open("/contact");
  const two = await open("/contact");
  await context.setOffline(true);
  await failOnce(one, receiver, "ok");
  // The second tab has the same booking form (and draft key): it learns of the booking from storage.
  await two.waitForFunction(() => document.querySelector(".sd-outbox")?.closest("leptos-island") !== null);
  await wait(500);
  await context.setOffline(false);
  await thanked(form(one));
  await wait(3000);
  assert.equal(posts().length, 1, "sent once, not once per tab");
  const announced = [...(await events(one)), ...(await events(two))].filter((e) => e.type === "showdown:contact-submitted");
  assert.equal(announced.length, 1);
  assert.deepEqual(without(errors), []);
});

test("storage blocked: retried while the page is open, and the alert says to keep it open", async (t) => {
  const { receiver, errors, open, posts } = await setup(t, { init: [BLOCK_STORAGE] });
  const page = await open("/contact");
  const alert = await failOnce(page, receiver);
  assert.match(await alert.innerText(), /keep this page open/);
  receiver.setMode("ok");
  await thanked(form(page));
  assert.equal(posts().length, 2);
  assert.equal(new Set(ids(posts())).size, 1);
  assert.deepEqual(without(errors), []);
});

test("a 429's Retry-After is honoured (read across origins); Try again still sends at once", async (t) => {
  const { receiver, errors, open, posts } = await setup(t);
  const page = await open("/contact");
  const alert = await failOnce(page, receiver, "busy");
  assert.match(await alert.innerText(), /busy \(error 429\)/);
  const due = await page.evaluate(() => Number(new URLSearchParams(localStorage.getItem("showdown-outbox")).get("next")) - Date.now());
  assert.ok(due > 110000 && due <= 120000, `the next attempt is due in ${due} ms (Retry-After: 120)`);
  receiver.setMode("ok");
  await alert.getByRole("button", { name: "Try again" }).click();
  await thanked(form(page));
  assert.equal(posts().length, 2);
  assert.equal(new Set(ids(posts())).size, 1);
  assert.deepEqual((await events(page)).map((e) => e.detail), [{ reason: "server" }, { topic: "both" }]);
  assert.deepEqual(without(errors), []);
});

test("a timeout is announced as one; invalid input as invalid, with nothing sent", async (t) => {
  const { receiver, errors, open, posts } = await setup(t, { timeout: "1500" });
  const page = await open("/contact");
  await send(page);
  await page.waitForFunction(() => window.__events.length === 1);
  assert.deepEqual(await events(page), [{ type: "showdown:contact-error", detail: { reason: "invalid" } }]);
  assert.equal(posts().length, 0);
  await failOnce(page, receiver, "hang");
  assert.deepEqual((await events(page))[1], { type: "showdown:contact-error", detail: { reason: "timeout" } });
  assert.deepEqual((await pushes(page)).map((p) => p.showdown_schema), [1, 1]);
  assert.deepEqual(without(errors), []);
});
