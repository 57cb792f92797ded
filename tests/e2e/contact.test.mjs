// "Book a meeting" (contract §3), as a visitor's browser sees it, posting across
// origins to the tests' own receiver (a real HTTP server on loopback, another port).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { launch, openPage, appReady, DIST } from "../support/browser.mjs";
import { serveStatic } from "../support/static-server.mjs";
import { startReceiver } from "../support/receiver.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TIMEZONE = "Asia/Tokyo";
const DATE = "2099-03-15";
const KEYS = ["name", "email", "company", "topic", "preferred_date", "message", "quiz", "source_url",
  "submitted_at", "timezone", "submission_id", "attribution"];
const ATTRIBUTION_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid",
  "referrer", "landing_page"];
const NO_ATTRIBUTION = Object.fromEntries(ATTRIBUTION_KEYS.map((k) => [k, null]));
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// Chromium itself logs a failed request (a 4xx/5xx reply, a refused connection) as a
// console error; tests that provoke one drop exactly those messages, nothing else.
const FAILED_REQUEST = /^console: Failed to load resource: (the server responded with a status of \d+|net::ERR_[A-Z_]+)/;
const without = (errors, ...noise) => errors.filter((e) => !noise.some((n) => n.test(e)));

// The site owner's <meta> tags go into every HTML page. serveStatic looks for a literal
// "<head>", which a minified release build omits; then this puts them after <meta charset>.
const PAGES = { "/": "index.html", "/index.html": "index.html", "/contact": "contact/index.html",
  "/contact/": "contact/index.html", "/contact/index.html": "contact/index.html" };
function withMeta(meta) {
  return new Proxy({}, {
    get(_, path) {
      const file = typeof path === "string" && PAGES[path] && join(DIST, PAGES[path]);
      if (!file || !Object.keys(meta).length || !existsSync(file)) return undefined;
      const html = readFileSync(file, "utf8");
      if (html.includes("<head>")) return undefined; // serveStatic injects them itself
      const tags = Object.entries(meta).map(([n, c]) => `<meta name="${n}" content="${c}">`).join("");
      const at = /<meta charset[^>]*>/i.exec(html) ?? /<html[^>]*>/i.exec(html);
      return at ? html.slice(0, at.index + at[0].length) + tags + html.slice(at.index + at[0].length) : html;
    },
  });
}

/** A port with nothing listening on it. */
async function closedPort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/**
 * A fresh receiver, site and browser context for one test, closed when it ends.
 * endpoint: true (the receiver), a URL, or false (no endpoint configured).
 */
async function setup(t, { endpoint = true, format, timeout = "1500", context: options = {}, init = [] } = {}) {
  const receiver = await startReceiver();
  const meta = {};
  if (endpoint) meta["showdown:contact-endpoint"] = endpoint === true ? `${receiver.url}/bookings` : endpoint;
  if (format) meta["showdown:contact-format"] = format;
  if (endpoint && timeout) meta["showdown:contact-timeout"] = timeout;
  const server = await serveStatic(DIST, { meta, extraFiles: withMeta(meta) });
  const { context, page, errors } = await openPage(browser, { timezoneId: TIMEZONE, ...options });
  const dialogs = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  const requests = [];
  context.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));
  // CORS preflights never reach page events (nor the receiver's log), so read them from the network domain.
  const preflights = [];
  const cdp = await context.newCDPSession(page);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.request.method === "OPTIONS") preflights.push({ url: e.request.url, headers: e.request.headers });
  });
  await cdp.send("Network.enable");
  await context.addInitScript(() => {
    window.__submitted = [];
    document.addEventListener("showdown:contact-submitted", (e) => window.__submitted.push(e.detail));
  });
  for (const script of init) await context.addInitScript(script);
  t.after(async () => {
    await context.close();
    await server.close();
    await receiver.close();
  });
  const open = async (path = "/contact") => {
    await page.goto(server.url + path);
    await appReady(page);
    return page.getByRole("form", { name: /Book a meeting/ });
  };
  return { receiver, server, context, page, errors, dialogs, requests, preflights, open };
}

const field = (form, label) => form.getByLabel(label);
const LABELS = { name: "Full name", email: "Email address", company: "Company", topic: "Topic",
  preferred_date: "Preferred date", message: "Message" };

async function fill(form, values) {
  for (const [key, value] of Object.entries(values)) {
    if (key === "topic") await field(form, "Topic").selectOption({ label: value });
    else await field(form, LABELS[key]).fill(value);
  }
}

async function valuesOf(form) {
  const out = {};
  for (const [key, label] of Object.entries(LABELS)) out[key] = await field(form, label).inputValue();
  return out;
}

const submitButton = (form) => form.getByRole("button", { name: "Book a meeting" });

const settle = (ms = 400) => new Promise((ok) => setTimeout(ok, ms));

/** The texts of the elements that `aria-describedby` names on the field's input. */
async function description(form, label) {
  return field(form, label).evaluate((el) => (el.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean)
    .map((id) => document.getElementById(id))
    .filter((d) => d && !d.hidden && d.closest(".sd-field") === el.closest(".sd-field"))
    .map((d) => d.textContent.trim()));
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

const TYPED = {
  name: "  Ada Lovelace  ",
  email: " ada@example.com ",
  company: "Analytical Engines Ltd",
  topic: "Python",
  preferred_date: DATE,
  message: "  Hello,\nwe need a fast API.  ",
};
const SENT = {
  name: "Ada Lovelace", email: "ada@example.com", company: "Analytical Engines Ltd", topic: "python",
  preferred_date: DATE, message: "Hello,\nwe need a fast API.",
};
// What the fields hold after a failure: an email input drops surrounding spaces by itself.
const KEPT = { ...TYPED, email: "ada@example.com", topic: "python" };
const EMPTY = { name: "", email: "", company: "", topic: "both", preferred_date: "", message: "" };

test("the form: name, labelled fields, topics, date with the timezone, contact details, privacy line", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  const form = await open();
  assert.equal(await page.getByRole("heading", { level: 1, name: "Book a meeting" }).count(), 1);
  assert.match(await form.evaluate((f) => f.tagName), /^FORM$/);
  for (const label of Object.values(LABELS)) assert.equal(await field(form, label).count(), 1, `one field labelled ${label}`);
  assert.equal(await field(form, "Full name").getAttribute("type"), "text");
  assert.equal(await field(form, "Email address").getAttribute("type"), "email");
  assert.equal(await field(form, "Topic").evaluate((s) => s.tagName), "SELECT");
  assert.deepEqual((await field(form, "Topic").locator("option").allInnerTexts()).map((s) => s.trim()),
    ["Golang", "Python", "Both / not sure"]);
  assert.equal(await field(form, "Preferred date").getAttribute("type"), "date");
  assert.equal(await field(form, "Message").evaluate((m) => m.tagName), "TEXTAREA");
  // The labels are visible, not just accessible names.
  for (const label of Object.values(LABELS)) assert.ok(await form.locator("label", { hasText: label }).first().isVisible(), label);
  assert.equal(await submitButton(form).count(), 1);
  assert.equal(await submitButton(form).getAttribute("type"), "submit");
  // The visitor's timezone is shown beside the date, and the date cannot be before today there.
  assert.ok((await description(form, "Preferred date")).some((d) => d.includes(TIMEZONE)));
  assert.match(await field(form, "Preferred date").evaluate((i) => i.closest(".sd-field").innerText), /Asia\/Tokyo/);
  const todayInTokyo = new Intl.DateTimeFormat("en-CA", { timeZone: TIMEZONE }).format(new Date());
  assert.equal(await field(form, "Preferred date").getAttribute("min"), todayInTokyo);
  // Contact details beside the form.
  const region = page.getByRole("region", { name: "Book a meeting" });
  const hrefs = await region.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes("tel:+84904026070"), hrefs.join(" "));
  assert.ok(hrefs.includes("mailto:hello@amela.tech"), hrefs.join(" "));
  assert.match(await region.locator("address").innerText(), /Keangnam/);
  // The privacy line: what is sent where, and that nothing is kept after a send.
  const privacy = await form.locator("[data-privacy]").innerText();
  assert.match(privacy, new RegExp(`sent to 127\\.0\\.0\\.1:${receiver.port}`));
  assert.match(privacy, /nothing is kept/);
  // The honeypot is hidden from people and from assistive technology.
  const trap = form.locator('input[name="website"]');
  assert.equal(await trap.getAttribute("tabindex"), "-1");
  assert.equal(await trap.evaluate((i) => i.closest('[aria-hidden="true"]') !== null), true);
  // Off-screen rather than display:none (bots skip those): it ends left of the page.
  assert.ok(await trap.evaluate((i) => i.getBoundingClientRect().right <= 0), "the honeypot is off-screen");
  assert.deepEqual(errors, []);
});

test("JSON across origins: the body is what was typed, with attribution; success clears form and draft", async (t) => {
  const { page, errors, receiver, server, preflights, open } = await setup(t);
  // The campaign link the visitor landed on, before going to the form.
  await page.goto(server.url + "/?utm_source=news&utm_campaign=fall&gclid=abc");
  await appReady(page);
  const form = await open();
  await fill(form, TYPED);
  const started = Date.now();
  await submitButton(form).click();
  const status = form.getByRole("status");
  await status.filter({ hasText: "Thank" }).waitFor();
  const finished = Date.now();
  const [post] = receiver.posts();
  assert.equal(receiver.posts().length, 1);
  assert.equal(post.url, "/bookings");
  assert.equal(post.headers["content-type"], "application/json");
  assert.equal(post.headers.accept, "application/json");
  assert.deepEqual(preflights.map((p) => p.url), [`${receiver.url}/bookings`], "a JSON post across origins is preflighted");
  const body = JSON.parse(post.body);
  assert.deepEqual(Object.keys(body), KEYS);
  for (const [k, v] of Object.entries(SENT)) assert.equal(body[k], v, k);
  assert.equal(body.quiz, null);
  assert.equal(body.source_url, server.url + "/contact");
  assert.match(body.submitted_at, RFC3339);
  const at = Date.parse(body.submitted_at);
  assert.ok(at >= started - 1000 && at <= finished + 1000, `submitted_at ${body.submitted_at} is now`);
  assert.equal(body.timezone, TIMEZONE);
  assert.match(body.submission_id, UUID_V4);
  assert.deepEqual(Object.keys(body.attribution), ATTRIBUTION_KEYS);
  assert.deepEqual(body.attribution, { ...NO_ATTRIBUTION, utm_source: "news", utm_campaign: "fall", gclid: "abc",
    landing_page: server.url + "/?utm_source=news&utm_campaign=fall&gclid=abc" });
  // Success: the form is cleared, and nothing is kept.
  assert.deepEqual(await valuesOf(form), EMPTY);
  await page.reload();
  await appReady(page);
  const again = page.getByRole("form", { name: /Book a meeting/ });
  assert.deepEqual(await valuesOf(again), EMPTY);
  assert.equal(await page.getByText("We kept what you typed").count(), 0);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("showdown-draft"))), []);
  assert.deepEqual(errors, []);
});

test("urlencoded format: bracket keys, null as empty, same values", async (t) => {
  const { errors, receiver, server, preflights, open } = await setup(t, { format: "form" });
  const form = await open();
  await fill(form, { ...TYPED, preferred_date: "", company: "A&B = 100% \"ok\"" });
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const [post] = receiver.posts();
  assert.match(post.headers["content-type"], /^application\/x-www-form-urlencoded(;|$)/);
  assert.deepEqual(preflights, [], "a form post needs no preflight");
  const got = [...new URLSearchParams(post.body)];
  const value = (k) => got.find(([key]) => key === k)?.[1];
  assert.deepEqual(got.map(([k]) => k), [
    "name", "email", "company", "topic", "preferred_date", "message", "quiz", "source_url", "submitted_at",
    "timezone", "submission_id", ...ATTRIBUTION_KEYS.map((k) => `attribution[${k}]`)]);
  assert.deepEqual(got.slice(0, 7), [["name", "Ada Lovelace"], ["email", "ada@example.com"],
    ["company", "A&B = 100% \"ok\""], ["topic", "python"], ["preferred_date", ""],
    ["message", "Hello,\nwe need a fast API."], ["quiz", ""]]);
  assert.equal(value("source_url"), server.url + "/contact");
  assert.match(value("submitted_at"), RFC3339);
  assert.equal(value("timezone"), TIMEZONE);
  assert.match(value("submission_id"), UUID_V4);
  assert.equal(value("attribution[landing_page]"), server.url + "/contact");
  for (const k of ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid", "referrer"]) {
    assert.equal(value(`attribution[${k}]`), "", k);
  }
  assert.deepEqual(errors, []);
});

test("invalid input sends nothing: errors beside their fields, described, focus on the first", async (t) => {
  const { page, errors, receiver, requests, open } = await setup(t);
  const form = await open();
  const yesterday = await page.evaluate(() => {
    const d = new Date(Date.now() - 864e5);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  await fill(form, { name: "   ", email: "ada@example", preferred_date: yesterday, message: "x".repeat(2001) });
  await submitButton(form).click();
  await page.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length >= 4);
  const expected = { "Full name": /full name/i, "Email address": /email address like/i,
    "Preferred date": /today or a later date/i, Message: /2000 characters.*2001/ };
  for (const [label, message] of Object.entries(expected)) {
    assert.equal(await field(form, label).getAttribute("aria-invalid"), "true", label);
    const described = await description(form, label);
    assert.ok(described.some((d) => message.test(d)), `${label}: ${JSON.stringify(described)}`);
  }
  assert.equal(await field(form, "Company").getAttribute("aria-invalid"), null);
  assert.equal(await focusedId(page), await field(form, "Full name").getAttribute("id"));
  // Fixing the first moves focus to the next one still wrong.
  await fill(form, { name: "Ada" });
  await submitButton(form).click();
  await page.waitForFunction(() => document.querySelectorAll('[aria-invalid="true"]').length === 3);
  assert.equal(await field(form, "Full name").getAttribute("aria-invalid"), null);
  assert.deepEqual(await description(form, "Full name"), []);
  assert.equal(await focusedId(page), await field(form, "Email address").getAttribute("id"));
  await settle();
  assert.equal(receiver.posts().length, 0);
  assert.deepEqual(requests.filter((r) => r.method === "POST"), []);
  assert.deepEqual(errors, []);
});

test("honeypot: a filled trap shows the normal success, sends nothing, announces nothing", async (t) => {
  const { page, errors, receiver, requests, open } = await setup(t, { init: [() => { window.dataLayer = []; }] });
  const form = await open();
  await fill(form, { name: "Bot", email: "bot@example.com", message: "buy now" });
  await page.evaluate(() => { document.querySelector('input[name="website"]').value = "http://spam.example"; });
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  await settle();
  assert.equal(receiver.posts().length, 0);
  assert.deepEqual(requests.filter((r) => r.method === "POST"), []);
  assert.deepEqual(await page.evaluate(() => window.__submitted), []);
  assert.deepEqual(await page.evaluate(() => window.dataLayer), []);
  assert.deepEqual(errors, []);
});

test("one click sends once: a double click, and clicks while sending", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  const form = await open();
  await fill(form, { name: "Ada", email: "ada@example.com" });
  await submitButton(form).dblclick();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  await settle();
  assert.equal(receiver.posts().length, 1, "a double click sent twice");
  // The success message is still there: the second click did not replace it.
  assert.equal(await form.getByRole("status").filter({ hasText: "Thank" }).count(), 1);

  // While the receiver takes its time: disabled, says so, and nothing more is sent.
  receiver.setMode("hang");
  await fill(form, { name: "Ada", email: "ada@example.com", message: "second booking" });
  await submitButton(form).click();
  const sending = form.getByRole("button", { name: "Sending…" });
  await sending.waitFor();
  assert.equal(await sending.isDisabled(), true);
  await sending.click({ force: true });
  await field(form, "Email address").press("Enter");
  await form.getByRole("alert").waitFor();
  assert.equal(receiver.posts().length, 2, "one post for the second booking, whatever was clicked while sending");
  assert.equal(await submitButton(form).isEnabled(), true);
  assert.deepEqual(errors, []);
});

test("500, then Try again: sent with nothing retyped, the same submission_id", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  const form = await open();
  await fill(form, TYPED);
  receiver.setMode("error");
  await submitButton(form).click();
  const alert = form.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /problem on its side \(error 500\)/);
  assert.match(await alert.innerText(), /we will send it as soon as the booking service can be reached, by itself/i);
  assert.deepEqual(await valuesOf(form), KEPT);
  receiver.setMode("ok");
  await alert.getByRole("button", { name: "Try again" }).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const posts = receiver.posts();
  assert.equal(posts.length, 2);
  const [first, second] = posts.map((p) => JSON.parse(p.body));
  assert.match(first.submission_id, UUID_V4);
  assert.equal(second.submission_id, first.submission_id);
  for (const k of Object.keys(SENT)) assert.equal(second[k], SENT[k], k);
  assert.equal(await form.getByRole("alert").count(), 0);
  assert.deepEqual(await valuesOf(form), EMPTY);
  // The 500 reply is logged by Chromium itself.
  assert.deepEqual(without(errors, FAILED_REQUEST), []);
});

test("a reload after a failure restores every field; Clear form empties it for good", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  let form = await open();
  await fill(form, TYPED);
  receiver.setMode("error");
  await submitButton(form).click();
  await form.getByRole("alert").waitFor();
  await page.reload();
  await appReady(page);
  form = page.getByRole("form", { name: /Book a meeting/ });
  assert.deepEqual(await valuesOf(form), KEPT);
  const note = form.locator("p", { hasText: "We kept what you typed" });
  await note.waitFor();
  await note.getByRole("button", { name: "Clear form" }).click();
  assert.deepEqual(await valuesOf(form), EMPTY);
  assert.equal(await note.count(), 0);
  await page.reload();
  await appReady(page);
  form = page.getByRole("form", { name: /Book a meeting/ });
  assert.deepEqual(await valuesOf(form), EMPTY);
  assert.equal(await page.getByText("We kept what you typed").count(), 0);
  assert.equal(receiver.posts().length, 1);
  assert.deepEqual(without(errors, FAILED_REQUEST), []);
});

test("timeout: the alert says the service did not answer in time; values kept", async (t) => {
  const { page, errors, receiver, open } = await setup(t, { timeout: "1500" });
  const form = await open();
  await fill(form, TYPED);
  receiver.setMode("hang");
  const started = Date.now();
  await submitButton(form).click();
  const alert = form.getByRole("alert");
  await alert.waitFor({ timeout: 8000 });
  const waited = Date.now() - started;
  assert.ok(waited >= 1400 && waited < 6000, `gave up after ${waited} ms`);
  assert.match(await alert.innerText(), /did not answer within \d+ seconds/);
  assert.equal(await alert.getByRole("button", { name: "Try again" }).count(), 1);
  assert.deepEqual(await valuesOf(form), KEPT);
  assert.equal(await page.evaluate(() => document.activeElement?.closest("[role=alert], [data-status]") !== null), true,
    "focus moves to the message");
  assert.deepEqual(errors, []);
});

test("closed port: the alert says the service could not be reached; values kept", async (t) => {
  const port = await closedPort();
  const { errors, receiver, open } = await setup(t, { endpoint: `http://127.0.0.1:${port}/x` });
  const form = await open();
  await fill(form, TYPED);
  await submitButton(form).click();
  const alert = form.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /could not reach the booking service/i);
  assert.equal(await alert.getByRole("button", { name: "Try again" }).count(), 1);
  assert.deepEqual(await valuesOf(form), KEPT);
  assert.equal(receiver.posts().length, 0);
  // net::ERR_CONNECTION_REFUSED, logged by Chromium itself.
  assert.deepEqual(without(errors, FAILED_REQUEST), []);
});

test("field errors from the service: each beside its field, focus on the first invalid field", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  const form = await open();
  await fill(form, TYPED);
  receiver.setMode("fields");
  await submitButton(form).click();
  await form.getByRole("alert").waitFor();
  assert.ok((await description(form, "Email address")).includes("This address bounced: please use another one."));
  assert.ok((await description(form, "Full name")).includes("Please give your name as it appears on your ID."));
  assert.equal(await field(form, "Email address").getAttribute("aria-invalid"), "true");
  assert.equal(await field(form, "Full name").getAttribute("aria-invalid"), "true");
  assert.equal(await field(form, "Company").getAttribute("aria-invalid"), null);
  // The reply lists email before name; the first invalid field of the form is Full name.
  assert.equal(await focusedId(page), await field(form, "Full name").getAttribute("id"));
  assert.deepEqual(await valuesOf(form), KEPT);
  assert.deepEqual(without(errors, FAILED_REQUEST), []);
});

test("hostile text arrives verbatim and is only ever shown as text", async (t) => {
  const HOSTILE = `<img src=x onerror=alert(1)> "quoted" back\\slash 🚀 שלום עולם`;
  const typed = { name: HOSTILE, email: "o'brien+x@example.com", company: `${HOSTILE} & Co`,
    message: `${HOSTILE}\n</textarea><script>alert(2)</script><img src=y onerror=alert(3)>` };
  const { page, errors, dialogs, receiver, open } = await setup(t, { init: [() => {
    window.__images = 0;
    new MutationObserver((list) => {
      for (const m of list) for (const n of m.addedNodes) {
        if (n.nodeType === 1 && (n.tagName === "IMG" || n.querySelector?.("img[src=x], img[src=y]"))) window.__images++;
      }
    }).observe(document, { childList: true, subtree: true });
  }] });
  let form = await open();
  await fill(form, typed);
  // A failure keeps the text, and a reload renders it back from the stored draft.
  receiver.setMode("error");
  await submitButton(form).click();
  await form.getByRole("alert").waitFor();
  await page.reload();
  await appReady(page);
  form = page.getByRole("form", { name: /Book a meeting/ });
  assert.deepEqual(await valuesOf(form), { ...typed, topic: "both", preferred_date: "" });
  receiver.setMode("ok");
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const bodies = receiver.posts().map((p) => JSON.parse(p.body));
  assert.equal(bodies.length, 2);
  for (const body of bodies) {
    assert.equal(body.name, HOSTILE);
    assert.equal(body.email, typed.email);
    assert.equal(body.company, typed.company);
    assert.equal(body.message, typed.message);
  }
  assert.ok(receiver.posts()[1].body.includes("<img src=x onerror=alert(1)>"), "sent literally, not escaped");
  await settle(300);
  assert.equal(await page.locator("img[src=x], img[src=y], script:not([src]):has-text('alert')").count(), 0);
  assert.equal(await page.evaluate(() => window.__images), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(without(errors, FAILED_REQUEST), []);
});

test("no endpoint: says it will open the mail app, builds a full mailto:, posts nothing, keeps the draft", async (t) => {
  const { page, errors, requests, open } = await setup(t, { endpoint: false });
  let form = await open();
  assert.match(await form.innerText(), /will open your email app/);
  assert.match(await form.locator("[data-privacy]").innerText(), /Nothing is sent from this page/);
  await fill(form, TYPED);
  await submitButton(form).click();
  const status = form.getByRole("status");
  await status.waitFor();
  assert.doesNotMatch(await status.innerText(), /Thank/);
  const href = await status.getByRole("link").first().getAttribute("href");
  assert.match(href, /^mailto:hello@amela\.tech\?subject=[^&]+&body=/);
  const decoded = decodeURIComponent(href);
  for (const value of [SENT.name, SENT.email, SENT.company, "Python", DATE, "Hello,", "we need a fast API."]) {
    assert.ok(decoded.includes(value), `${value} missing from ${decoded}`);
  }
  await settle();
  assert.deepEqual(requests.filter((r) => r.method === "POST"), []);
  assert.deepEqual(await page.evaluate(() => window.__submitted), []);
  await page.reload();
  await appReady(page);
  form = page.getByRole("form", { name: /Book a meeting/ });
  assert.deepEqual(await valuesOf(form), KEPT);
  assert.deepEqual(errors, []);
});

test("a successful send announces the topic only: event and dataLayer", async (t) => {
  const { page, errors, open } = await setup(t, { init: [() => { window.dataLayer = []; }] });
  const form = await open();
  await fill(form, TYPED);
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const submitted = await page.evaluate(() => window.__submitted);
  assert.deepEqual(submitted, [{ topic: "python" }]);
  const layer = await page.evaluate(() => window.dataLayer);
  assert.deepEqual(layer.filter((e) => e.event === "showdown_contact_submitted"),
    [{ event: "showdown_contact_submitted", showdown_schema: 1, topic: "python" }]);
  const everything = JSON.stringify({ submitted, layer });
  for (const personal of ["Ada", "ada@example.com", "Analytical", "fast API"]) {
    assert.ok(!everything.includes(personal), `${personal} leaked into events`);
  }
  assert.deepEqual(errors, []);
});

test("arriving from the questionnaire: Golang preselected, the result travels in the payload", async (t) => {
  const { errors, receiver, open } = await setup(t);
  const answers = { workload: "network", performance: "critical", concurrency: "high", time_to_market: "long_term",
    team: "go", libraries: "none", deployment: "binary", resources: "tight" };
  const form = await open("/contact?topic=go&" + new URLSearchParams(answers));
  assert.equal(await field(form, "Topic").inputValue(), "go");
  assert.equal(await field(form, "Topic").evaluate((s) => s.selectedOptions[0].textContent.trim()), "Golang");
  await fill(form, { name: "Ada", email: "ada@example.com" });
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const body = JSON.parse(receiver.posts()[0].body);
  assert.equal(body.topic, "go");
  assert.deepEqual(body.quiz, { recommendation: "go", answers });
  assert.deepEqual(Object.keys(body.quiz.answers), Object.keys(answers), "answers in question order");
  assert.deepEqual(errors, []);
});

test("storage unavailable: the form still sends, without errors", async (t) => {
  const { errors, receiver, open } = await setup(t, { init: [() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  }] });
  const form = await open();
  await fill(form, TYPED);
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  assert.equal(receiver.posts().length, 1);
  assert.equal(JSON.parse(receiver.posts()[0].body).name, SENT.name);
  assert.deepEqual(errors, []);
});

test("keyboard only: Tab through the fields, type, Enter on the button sends", async (t) => {
  const { page, errors, receiver, open } = await setup(t);
  const form = await open();
  const id = async (label) => field(form, label).getAttribute("id");
  const nameId = await id("Full name");
  for (let i = 0; i < 80 && (await focusedId(page)) !== nameId; i++) await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), nameId, "Tab reaches Full name");
  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), await id("Email address"));
  await page.keyboard.type("ada@example.com");
  await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), await id("Company"));
  await page.keyboard.type("Analytical Engines Ltd");
  await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), await id("Topic"));
  await page.keyboard.type("Py");
  await page.keyboard.press("Tab");
  const dateId = await id("Preferred date");
  assert.equal(await focusedId(page), dateId);
  // The date input's own parts (month, day, year) take Tab stops of their own.
  for (let i = 0; i < 5 && (await focusedId(page)) === dateId; i++) await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), await id("Message"));
  await page.keyboard.type("Hello from the keyboard.");
  await page.keyboard.press("Tab");
  const onButton = await page.evaluate(() => document.activeElement?.tagName === "BUTTON" && document.activeElement.textContent.trim());
  assert.equal(onButton, "Book a meeting", "after Message, Tab lands on the submit button (the honeypot is skipped)");
  await page.keyboard.press("Enter");
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const body = JSON.parse(receiver.posts()[0].body);
  assert.deepEqual([body.name, body.email, body.company, body.topic, body.preferred_date, body.message],
    ["Ada Lovelace", "ada@example.com", "Analytical Engines Ltd", "python", null, "Hello from the keyboard."]);
  assert.deepEqual(errors, []);
});

test("the article ends with the same form, and it sends from /", async (t) => {
  const { page, errors, receiver, server, open } = await setup(t);
  const form = await open("/");
  const heading = page.getByRole("heading", { name: "Book a meeting", exact: true });
  assert.equal(await heading.evaluate((h) => h.tagName), "H2");
  // The booking section closes the article: nothing but it after the last article heading.
  const last = await page.evaluate(() => {
    const main = document.querySelector("main");
    const sections = main.querySelectorAll("section.sd-book");
    const h2s = [...main.querySelectorAll("h2")];
    return sections.length === 1 && h2s[h2s.length - 1].id === "book-a-meeting"
      && !!(h2s[h2s.length - 2].compareDocumentPosition(sections[0]) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.equal(last, true);
  for (const label of Object.values(LABELS)) assert.equal(await field(form, label).count(), 1, label);
  await fill(form, TYPED);
  await submitButton(form).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
  const body = JSON.parse(receiver.posts()[0].body);
  for (const [k, v] of Object.entries(SENT)) assert.equal(body[k], v, k);
  assert.equal(body.source_url, server.url + "/");
  assert.deepEqual(errors, []);
});
