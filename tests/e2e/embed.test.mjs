// The embed (contract §4), as a host page's visitor sees it: dist/ served with CORS
// on 127.0.0.1, the host pages on another origin (localhost), the form posting to
// the tests' real receiver. Each widget lives in an open shadow root of its
// <div data-showdown>; Playwright's locators pierce it, page.evaluate uses el.shadowRoot.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, openPage, DIST } from "../support/browser.mjs";
import { serveStatic } from "../support/static-server.mjs";
import { startReceiver } from "../support/receiver.mjs";

// The host's pages, added per test; serveStatic reads this object on every request.
const hostFiles = { "/favicon.ico": "" };
let browser, dist, host;
before(async () => {
  browser = await launch();
  dist = await serveStatic(DIST, { cors: true, host: "127.0.0.1" });
  host = await serveStatic(mkdtempSync(join(tmpdir(), "showdown-host-")), { host: "localhost", extraFiles: hostFiles });
});
after(async () => {
  await browser?.close();
  await dist?.close();
  await host?.close();
});

const SHARE = "https://example.com/gvp/";
const QUESTIONS = ["What will your backend mainly do?", "How much does raw speed matter?",
  "How much concurrent work must it handle?", "How quickly must the first version ship?",
  "What does your team already know?", "Do you depend on data-science or ML libraries (NumPy, pandas, PyTorch)?",
  "How will it be deployed?", "How tight are memory and hardware budgets?"];
const KEYS = ["workload", "performance", "concurrency", "time_to_market", "team", "libraries", "deployment", "resources"];
// Two clear-cut runs: the answers as ids (what events and links carry) and the option texts (what is clicked).
const GO = { ids: ["network", "critical", "high", "long_term", "go", "none", "binary", "tight"],
  texts: ["Network servers, proxies or real-time messaging", "Critical: latency and throughput are top priorities",
    "Thousands of simultaneous connections or tasks", "Long-term reliability matters more than speed to market",
    "Mostly Go", "No", "As a single binary that users download", "Tight: small containers or edge devices"] };
const PYTHON = { ids: ["data", "minor", "low", "asap", "python", "core", "managed", "relaxed"],
  texts: ["Data processing, analytics or machine learning", "Minor: fast enough is fine", "Mostly sequential work",
    "As fast as possible: a prototype or MVP", "Mostly Python", "Yes, they are core to the product",
    "Serverless or a managed platform", "Relaxed: hardware is not a concern"] };
const answersOf = (run) => Object.fromEntries(KEYS.map((k, i) => [k, run.ids[i]]));

const LABELS = { name: "Full name", email: "Email address", company: "Company", topic: "Topic",
  preferred_date: "Preferred date", message: "Message" };
const TOPIC_LABEL = { go: "Golang", python: "Python", both: "Both / not sure" };
const ADA = { name: "Ada Lovelace", email: "ada@example.com", company: "Analytical Engines Ltd", topic: "python",
  preferred_date: "2099-03-15", message: "We need a fast API for our engine." };
const GRACE = { name: "Grace Hopper", email: "grace@example.org", company: "Navy Labs", topic: "go",
  preferred_date: "2099-04-01", message: "Compilers, mostly." };
const EMPTY = { name: "", email: "", company: "", topic: "both", preferred_date: "", message: "" };

let pages = 0;
/** Serves a host page from the host origin; returns its URL. `scripts` replaces the embed.js tag. */
function hostPage({ head = "", body = "", scripts } = {}) {
  const path = `/host-${++pages}.html`;
  const loader = scripts ?? `<script type="module" src="${dist.url}/embed.js"></script>`;
  hostFiles[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head>`
    + `<body><h1>Host page</h1><p id="host-intro">The host's own text.</p>${body}${loader}</body></html>`;
  return host.url + path;
}

/** A fresh context on `url`, closed when the test ends. */
async function open(t, url, options = {}) {
  const opened = await openPage(browser, options);
  t.after(() => opened.context.close());
  await opened.page.goto(url);
  return opened;
}

async function receiverFor(t) {
  const receiver = await startReceiver();
  t.after(() => receiver.close());
  return receiver;
}

/** Waits until at least `count` mount points exist and every one has mounted. */
async function mounted(page, count) {
  await page.waitForFunction((n) => {
    const els = [...document.querySelectorAll("[data-showdown]")];
    return els.length >= n && els.every((el) => el.shadowRoot?.querySelector("[data-mounted]"));
  }, count, { timeout: 20000 });
}

const widget = (page, i) => page.locator("[data-showdown]").nth(i);
const result = (w) => w.locator("[data-recommendation]");
const questionGroup = (w, i) => w.getByRole("group", { name: QUESTIONS[i], exact: true });
const nextButton = (w) => w.locator("form.sd-quiz-card button[type=submit]");
const bookingForm = (w) => w.getByRole("form", { name: /Book a meeting/ });

/** Answers questions from..to-1 of the quiz in widget `w` with the mouse. */
async function answerQuiz(w, run, to = 8, from = 0) {
  for (let i = from; i < to; i++) {
    await questionGroup(w, i).waitFor();
    await questionGroup(w, i).getByRole("radio", { name: run.texts[i], exact: true }).check();
    await nextButton(w).click();
    if (i + 1 < 8) await questionGroup(w, i + 1).waitFor();
  }
  if (to === 8) await result(w).waitFor();
}

async function fill(form, values) {
  for (const [key, value] of Object.entries(values)) {
    if (key === "topic") await form.getByLabel("Topic").selectOption({ label: TOPIC_LABEL[value] });
    else await form.getByLabel(LABELS[key]).fill(value);
  }
}

async function valuesOf(form) {
  const out = {};
  for (const [key, label] of Object.entries(LABELS)) out[key] = await form.getByLabel(label).inputValue();
  return out;
}

async function submit(form) {
  await form.getByRole("button", { name: "Book a meeting" }).click();
  await form.getByRole("status").filter({ hasText: "Thank" }).waitFor();
}

async function waitForPosts(receiver, n) {
  for (let i = 0; i < 100 && receiver.posts().length < n; i++) await settle(50);
  return receiver.posts();
}

const settle = (ms = 400) => new Promise((ok) => setTimeout(ok, ms));

/** Fields of a JSON post that the visitor typed. */
const typedFields = (body) => Object.fromEntries(Object.keys(LABELS).map((k) => [k, body[k]]));

/**
 * Inside mount point `i`'s shadow root: every id, duplicated ids, and label `for` /
 * aria-* references that do not resolve within that same root.
 */
const audit = (page, i) => page.evaluate((i) => {
  const root = document.querySelectorAll("[data-showdown]")[i].shadowRoot;
  const ids = [...root.querySelectorAll("[id]")].map((e) => e.id);
  const duplicated = ids.filter((id, n) => ids.indexOf(id) !== n);
  const unresolved = [];
  for (const label of root.querySelectorAll("label[for]")) {
    if (!root.getElementById(label.htmlFor)) unresolved.push(`for=${label.htmlFor}`);
  }
  for (const attr of ["aria-describedby", "aria-labelledby", "aria-controls"]) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      for (const id of el.getAttribute(attr).split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) unresolved.push(`${attr}=${id}`);
      }
    }
  }
  return { ids, duplicated, unresolved, labels: root.querySelectorAll("label[for]").length };
}, i);

const radioNames = (page, i) => page.evaluate((i) => [...new Set([...document.querySelectorAll("[data-showdown]")[i]
  .shadowRoot.querySelectorAll('input[type="radio"]')].map((r) => r.name))], i);

/** The custom property names the widget's stylesheet declares (read from mount point 0's shadow root). */
const declaredProperties = (page) => page.evaluate(() => {
  const root = document.querySelector("[data-showdown]").shadowRoot;
  const text = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("\n")
    + [...root.querySelectorAll("style")].map((s) => s.textContent).join("\n");
  return [...new Set([...text.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]))];
});

test("two instances of different sections (quiz + contact) work independently; the form posts to its data-endpoint", async (t) => {
  const receiver = await receiverFor(t);
  const { page, errors } = await open(t, hostPage({ body:
    `<div data-showdown="quiz"></div><div data-showdown="contact" data-endpoint="${receiver.url}/from-embed"></div>` }));
  await mounted(page, 2);
  const [quiz, contact] = [widget(page, 0), widget(page, 1)];
  assert.equal(await bookingForm(quiz).count(), 0, "the quiz widget shows no form");
  assert.equal(await contact.locator("form.sd-quiz-card").count(), 0, "the contact widget shows no questionnaire");

  await answerQuiz(quiz, GO);
  assert.equal(await result(quiz).getAttribute("data-recommendation"), "go");
  assert.deepEqual(await valuesOf(bookingForm(contact)), EMPTY, "the form is untouched by the quiz");
  assert.equal(receiver.posts().length, 0);

  await fill(bookingForm(contact), ADA);
  await submit(bookingForm(contact));
  const posts = await waitForPosts(receiver, 1);
  assert.equal(posts.length, 1);
  assert.equal(posts[0].url, "/from-embed");
  assert.equal(posts[0].headers["content-type"], "application/json");
  assert.deepEqual(typedFields(JSON.parse(posts[0].body)), ADA);
  assert.equal(await result(quiz).getAttribute("data-recommendation"), "go", "the quiz keeps its result");
  assert.deepEqual(errors, []);
});

test("two instances of the same section (two quizzes, two forms) do not interfere", async (t) => {
  const receiver = await receiverFor(t);
  const { page, errors } = await open(t, hostPage({ body: `<div data-showdown="quiz"></div><div data-showdown="quiz"></div>`
    + `<div data-showdown="contact" data-endpoint="${receiver.url}/form-a"></div>`
    + `<div data-showdown="contact" data-endpoint="${receiver.url}/form-b"></div>` }));
  await mounted(page, 4);
  const [quizA, quizB, formA, formB] = [0, 1, 2, 3].map((i) => widget(page, i));

  const checkIds = async (when) => {
    const audits = await Promise.all([0, 1, 2, 3].map((i) => audit(page, i)));
    audits.forEach((a, i) => {
      assert.ok(a.ids.length > 0, `${when}: widget ${i} has ids`);
      assert.deepEqual(a.duplicated, [], `${when}: widget ${i} duplicates ids`);
      assert.deepEqual(a.unresolved, [], `${when}: widget ${i} refers to ids outside its root`);
    });
    for (const [x, y] of [[0, 1], [2, 3]]) {
      const shared = audits[x].ids.filter((id) => audits[y].ids.includes(id));
      assert.deepEqual(shared, [], `${when}: widgets ${x} and ${y} share ids`);
    }
    return audits;
  };
  const start = await checkIds("at start");
  assert.ok(start[2].labels >= 6 && start[3].labels >= 6, "each form labels its fields with for=");

  const [namesA, namesB] = [await radioNames(page, 0), await radioNames(page, 1)];
  assert.ok(namesA.length > 0 && namesB.length > 0);
  assert.deepEqual(namesA.filter((n) => namesB.includes(n)), [], "the two quizzes' radio groups have different names");

  // Answering in A leaves B at question 1 with nothing checked, and the other way round.
  await questionGroup(quizA, 0).getByRole("radio", { name: GO.texts[0], exact: true }).check();
  assert.equal(await quizB.getByRole("radio", { checked: true }).count(), 0);
  await answerQuiz(quizA, GO);
  assert.equal(await result(quizA).getAttribute("data-recommendation"), "go");
  assert.equal(await result(quizB).count(), 0);
  await quizB.getByText("Question 1 of 8", { exact: true }).waitFor();
  assert.equal(await quizB.getByRole("radio", { checked: true }).count(), 0);
  await answerQuiz(quizB, PYTHON, 2);
  await quizB.getByText("Question 3 of 8", { exact: true }).waitFor();
  assert.equal(await result(quizA).getAttribute("data-recommendation"), "go");
  await checkIds("after a result in A");

  // Typing in one form leaves the other empty; an invalid send in B marks nothing in A.
  await fill(bookingForm(formA), ADA);
  assert.deepEqual(await valuesOf(bookingForm(formB)), EMPTY);
  await bookingForm(formB).getByRole("button", { name: "Book a meeting" }).click();
  await page.waitForFunction(() => document.querySelectorAll("[data-showdown]")[3].shadowRoot
    .querySelectorAll('[aria-invalid="true"]').length > 0);
  assert.equal(await formA.locator('[aria-invalid="true"]').count(), 0, "errors of B show in A");
  assert.deepEqual(await valuesOf(bookingForm(formA)), ADA);
  await checkIds("with errors in form B");

  // What each instance keeps for a reload (drafts, answers in progress) stays its own.
  await page.reload();
  await mounted(page, 4);
  assert.deepEqual(await valuesOf(bookingForm(formB)), EMPTY, "A's draft was restored into B");
  await quizA.getByText("Question 1 of 8", { exact: true }).waitFor();
  assert.equal(await quizA.getByRole("radio", { checked: true }).count(), 0, "B's answers in progress were restored into A");
  await fill(bookingForm(formA), ADA);

  await fill(bookingForm(formB), GRACE);
  await submit(bookingForm(formB));
  await submit(bookingForm(formA));
  const posts = await waitForPosts(receiver, 2);
  assert.equal(posts.length, 2);
  const byUrl = Object.fromEntries(posts.map((p) => [p.url, typedFields(JSON.parse(p.body))]));
  assert.deepEqual(byUrl, { "/form-a": ADA, "/form-b": GRACE });
  assert.deepEqual(errors, []);
});

test("headings start at h2; links to the full page and the share link are built from data-share-url", async (t) => {
  const { page, errors } = await open(t, hostPage({ body: `<div data-showdown="article" data-share-url="${SHARE}"></div>`
    + `<div data-showdown="quiz" data-share-url="${SHARE}"></div><div data-showdown="contact"></div>`
    + `<div data-showdown="differences"></div>` }));
  await mounted(page, 4);
  const headings = () => page.evaluate(() => [...document.querySelectorAll("[data-showdown]")].map((el) =>
    [...el.shadowRoot.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => h.tagName)));
  const checkHeadings = async (when) => {
    for (const [i, tags] of (await headings()).entries()) {
      assert.ok(tags.length > 0, `${when}: widget ${i} has headings`);
      assert.equal(tags[0], "H2", `${when}: widget ${i} starts at ${tags[0]}`);
      assert.ok(!tags.includes("H1"), `${when}: widget ${i} has an h1`);
    }
    // Playwright's CSS pierces shadow roots: this counts the widgets' h1s too.
    assert.deepEqual(await page.locator("h1").allInnerTexts(), ["Host page"]);
  };
  await checkHeadings("at start");

  const article = widget(page, 0);
  const ctas = article.getByRole("link", { name: /Take the questionnaire|Find out which language fits/ });
  assert.ok(await ctas.count() >= 1, "the article leads to the questionnaire");
  for (const href of await ctas.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    assert.equal(href, "https://example.com/gvp/quiz");
  }
  // No link in any widget is site-relative (it would lead into the host's site).
  const relative = await page.evaluate(() => [...document.querySelectorAll("[data-showdown]")].flatMap((el) =>
    [...el.shadowRoot.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")).filter((h) => h.startsWith("/") && !h.startsWith("//"))));
  assert.deepEqual(relative, []);

  const quiz = widget(page, 1);
  await answerQuiz(quiz, GO);
  const share = await quiz.getByLabel("Link to this result").inputValue();
  assert.ok(share.startsWith(SHARE), share);
  const shared = new URL(share);
  assert.equal(shared.pathname, "/gvp/quiz");
  assert.deepEqual(Object.fromEntries(shared.searchParams), answersOf(GO));
  const book = await quiz.getByRole("link", { name: "Book a meeting about this" }).getAttribute("href");
  assert.ok(book.startsWith(SHARE), book);
  await checkHeadings("with the quiz result");
  assert.deepEqual(errors, []);
});

test("a mount point added after load is mounted; embed.js loaded twice mounts nothing twice", async (t) => {
  const late = `<script>setTimeout(() => {
    const wrap = document.createElement("section");
    wrap.innerHTML = '<div data-showdown="contact" id="late-nested"></div>';
    document.body.append(wrap);
    const direct = document.createElement("div");
    direct.dataset.showdown = "quiz";
    direct.id = "late-direct";
    document.body.append(direct);
  }, 500);</script>`;
  const scripts = `<script type="module" src="${dist.url}/embed.js"></script>`
    + `<script type="module" src="${dist.url}/embed.js?v=2"></script>${late}`;
  const { page, errors } = await open(t, hostPage({ body: `<div data-showdown="quiz" id="early"></div>`, scripts }));
  await mounted(page, 3);
  await settle(800);
  const shape = await page.evaluate(() => [...document.querySelectorAll("[data-showdown]")].map((el) => ({
    id: el.id,
    children: el.shadowRoot.childElementCount,
    roots: el.shadowRoot.querySelectorAll(".showdown").length,
    mounted: el.shadowRoot.querySelectorAll("[data-mounted]").length,
    prefix: el.shadowRoot.querySelector("[id]")?.id.match(/^sd\d+-/)?.[0] ?? null,
  })));
  assert.deepEqual(shape.map((s) => s.id), ["early", "late-nested", "late-direct"]);
  for (const s of shape) assert.deepEqual([s.children, s.roots, s.mounted], [1, 1, 1], `${s.id} mounted once`);
  assert.equal(new Set(shape.map((s) => s.prefix)).size, 3, `each instance its own id prefix: ${shape.map((s) => s.prefix)}`);

  // One click on "Next" moves one question (a double mount would handle it twice or render twice).
  for (const i of [0, 2]) {
    const w = widget(page, i);
    await answerQuiz(w, PYTHON, 1);
    await w.getByText("Question 2 of 8", { exact: true }).waitFor();
    assert.equal(await w.locator("fieldset").count(), 1);
  }
  assert.equal(await bookingForm(widget(page, 1)).count(), 1);
  assert.deepEqual(errors, []);
});

test("the host's own elements keep their computed styles; nothing of ours lands in head or on :root", async (t) => {
  const head = `<style>
    html { font-size: 20px; background-color: rgb(255, 255, 250); }
    body { font-family: Georgia, serif; color: rgb(40, 40, 60); background-color: rgb(250, 245, 235); margin: 12px; }
    h1 { font-size: 40px; color: rgb(120, 0, 0); margin: 0 0 20px; }
    p { font-size: 18px; margin: 8px 0; }
    button { background-color: rgb(0, 128, 0); color: white; font-size: 15px; margin: 4px; }
    a { color: rgb(0, 0, 200); }
  </style>`;
  const body = `<p><button type="button" id="host-button">Host button</button> <a id="host-link" href="#x">Host link</a></p>`
    + `<div data-showdown="all" data-theme="dark"></div><div data-showdown="differences"></div>`;
  const { page, errors } = await open(t, hostPage({ head, body, scripts: "" }));
  const snapshot = () => page.evaluate(() => {
    const props = ["color", "font-size", "font-family", "background-color", "margin-top", "margin-right",
      "margin-bottom", "margin-left", "box-sizing", "line-height"];
    const els = { html: document.documentElement, body: document.body, h1: document.querySelector("h1"),
      p: document.getElementById("host-intro"), button: document.getElementById("host-button"), a: document.getElementById("host-link") };
    const styles = Object.fromEntries(Object.entries(els).map(([k, el]) => {
      const cs = getComputedStyle(el);
      return [k, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
    }));
    return {
      styles,
      headSheets: document.head.querySelectorAll('link[rel~="stylesheet"], style').length,
      documentSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      htmlAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    };
  });
  const before = await snapshot();
  assert.equal(before.styles.h1["font-size"], "40px", "the host's own sheet applies");
  await page.evaluate((src) => {
    const s = document.createElement("script");
    s.type = "module";
    s.src = src;
    document.body.append(s);
  }, `${dist.url}/embed.js`);
  await mounted(page, 2);
  await settle(300);
  assert.deepEqual(await snapshot(), before);

  const names = await declaredProperties(page);
  assert.ok(names.length >= 10, `the widget declares its theme as custom properties: ${names}`);
  const onHost = await page.evaluate((names) => {
    const widgetRoot = document.querySelector("[data-showdown]").shadowRoot.querySelector(".showdown");
    const set = (el) => names.filter((n) => getComputedStyle(el).getPropertyValue(n) !== "");
    return { html: set(document.documentElement), body: set(document.body), widget: set(widgetRoot).length };
  }, names);
  assert.deepEqual([onHost.html, onHost.body], [[], []], "custom properties reach the host's :root or body");
  assert.ok(onHost.widget >= 10, "the properties are set on the widget's root");
  assert.deepEqual(errors, []);
});

test("a hostile host stylesheet leaves the widget usable: the quiz completes, the form sends", async (t) => {
  const receiver = await receiverFor(t);
  const head = `<style>* { box-sizing: content-box !important; } html { font-size: 10px } body { font-size: 30px; line-height: 1 }
    button, input, select, textarea { all: unset; background: red } table { display: none !important } label { display: none }</style>`;
  const { page, errors } = await open(t, hostPage({ head, body: `<div data-showdown="quiz"></div>`
    + `<div data-showdown="contact" data-endpoint="${receiver.url}/hostile"></div><div data-showdown="differences"></div>` }));
  await mounted(page, 3);
  const [quiz, contact, differences] = [0, 1, 2].map((i) => widget(page, i));

  assert.ok(await differences.getByRole("table").first().isVisible(), "the comparison table shows");
  const form = bookingForm(contact);
  assert.ok(await form.locator("label", { hasText: "Full name" }).first().isVisible(), "the form's labels show");
  const nameBox = await form.getByLabel("Full name").boundingBox();
  assert.ok(nameBox && nameBox.width >= 150 && nameBox.height >= 20, `the name field is usable: ${JSON.stringify(nameBox)}`);
  const nextBackground = await nextButton(quiz).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(nextBackground, "rgb(255, 0, 0)", "the host's button rule reached the widget");

  await answerQuiz(quiz, PYTHON);
  assert.equal(await result(quiz).getAttribute("data-recommendation"), "python");
  await fill(form, GRACE);
  await submit(form);
  const posts = await waitForPosts(receiver, 1);
  assert.equal(posts.length, 1);
  assert.deepEqual(typedFields(JSON.parse(posts[0].body)), GRACE);
  assert.deepEqual(errors, []);
});

test("the host's URL and history length stay the same while using the quiz and the form", async (t) => {
  const receiver = await receiverFor(t);
  const url = hostPage({ body: `<div data-showdown="quiz"></div><div data-showdown="contact" data-endpoint="${receiver.url}/b"></div>` })
    + "?utm_source=host#intro";
  const { page, errors } = await open(t, url, { permissions: ["clipboard-read", "clipboard-write"] });
  await mounted(page, 2);
  const where = () => page.evaluate(() => ({ href: location.href, length: history.length }));
  const start = await where();
  assert.equal(start.href, url);
  const [quiz, contact] = [widget(page, 0), widget(page, 1)];

  await answerQuiz(quiz, GO, 3);
  await quiz.getByRole("button", { name: "Back", exact: true }).click();
  await questionGroup(quiz, 2).waitFor();
  assert.deepEqual(await where(), start, "while answering");
  await answerQuiz(quiz, GO, 8, 2);
  assert.deepEqual(await where(), start, "on the result");
  await quiz.getByRole("button", { name: "Copy link" }).click();
  await quiz.getByText(/copied/i).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await quiz.getByLabel("Link to this result").inputValue());
  assert.deepEqual(await where(), start, "after Copy link");
  await quiz.getByRole("button", { name: "Change my answers" }).click();
  await questionGroup(quiz, 0).waitFor();
  assert.deepEqual(await where(), start, "after Change my answers");
  for (let i = 0; i < 8; i++) {
    await questionGroup(quiz, i).waitFor();
    await nextButton(quiz).click();
  }
  await result(quiz).waitFor();
  await quiz.getByRole("button", { name: "Start over" }).click();
  await quiz.getByText("Question 1 of 8", { exact: true }).waitFor();
  assert.deepEqual(await where(), start, "after Start over");

  await fill(bookingForm(contact), ADA);
  await submit(bookingForm(contact));
  assert.equal((await waitForPosts(receiver, 1)).length, 1);
  assert.deepEqual(await where(), start, "after sending the form");
  assert.deepEqual(errors, []);
});

test("events bubble from the mount element and reach dataLayer, with no personal data", async (t) => {
  const receiver = await receiverFor(t);
  const head = `<script>window.dataLayer = []; window.__seen = [];</script>`;
  const body = `<div data-showdown="quiz" id="quiz-widget"></div>`
    + `<div data-showdown="contact" id="contact-widget" data-endpoint="${receiver.url}/e"></div>`
    + `<script>
      const record = (where) => (e) => window.__seen.push({ where, type: e.type, target: e.target === document.getElementById(e.target?.id) ? e.target.id : "?",
        isMount: e.target instanceof Element && e.target.hasAttribute("data-showdown"), bubbles: e.bubbles,
        detail: JSON.parse(JSON.stringify(e.detail)) });
      for (const type of ["showdown:quiz-start", "showdown:quiz-step", "showdown:quiz-complete", "showdown:contact-submitted", "showdown:contact-error"]) {
        document.addEventListener(type, record("document"));
        for (const el of document.querySelectorAll("[data-showdown]")) el.addEventListener(type, record(el.id));
      }
    </script>`;
  const { page, errors } = await open(t, hostPage({ head, body }));
  await mounted(page, 2);
  const seen = () => page.evaluate(() => window.__seen);
  // Each event is seen on its mount element first, then on the document.
  const onDocument = async () => {
    const all = await seen();
    for (let i = 0; i < all.length; i += 2) {
      const { where, ...event } = all[i];
      assert.deepEqual({ ...all[i + 1], where: event.target }, all[i], `event ${i / 2} reached its mount, then the document`);
      assert.equal(where, event.target);
      assert.equal(all[i + 1].where, "document");
    }
    return all.filter((e) => e.where === "document").map(({ where, ...e }) => e);
  };
  const from = (target, type, detail) => ({ type, target, isMount: true, bubbles: true, detail });

  // Back from question 3 to 2, then on to the end.
  await answerQuiz(widget(page, 0), PYTHON, 2);
  await widget(page, 0).getByRole("button", { name: "Back" }).click();
  await questionGroup(widget(page, 0), 1).waitFor();
  await nextButton(widget(page, 0)).click();
  await answerQuiz(widget(page, 0), PYTHON, 8, 2);
  const quizDetail = { recommendation: "python", answers: answersOf(PYTHON) };
  const steps = [2, 3, 2, 3, 4, 5, 6, 7, 8].map((step) => ({ step, question: KEYS[step - 1] }));
  const quizEvents = [from("quiz-widget", "showdown:quiz-start", {}),
    ...steps.map((d) => from("quiz-widget", "showdown:quiz-step", d)), from("quiz-widget", "showdown:quiz-complete", quizDetail)];
  await page.waitForFunction((n) => window.__seen.length >= n, quizEvents.length * 2);
  assert.deepEqual(await onDocument(), quizEvents);
  assert.equal(Object.keys(quizDetail.answers).length, 8);

  await bookingForm(widget(page, 1)).getByRole("button", { name: "Book a meeting" }).click();
  await fill(bookingForm(widget(page, 1)), ADA);
  await submit(bookingForm(widget(page, 1)));
  await page.waitForFunction((n) => window.__seen.length >= n, (quizEvents.length + 2) * 2);
  const contactEvents = [from("contact-widget", "showdown:contact-error", { reason: "invalid" }),
    from("contact-widget", "showdown:contact-submitted", { topic: "python" })];
  assert.deepEqual((await onDocument()).slice(quizEvents.length), contactEvents);

  const layer = await page.evaluate(() => JSON.parse(JSON.stringify(window.dataLayer)));
  const pushOf = (e) => ({ event: e.type.replace(/[:-]/g, "_"), showdown_schema: 1, ...e.detail });
  assert.deepEqual(layer, [...quizEvents, ...contactEvents].map(pushOf));
  assert.equal(layer[0].event, "showdown_quiz_start");
  const everything = JSON.stringify({ all: await seen(), layer });
  for (const personal of [ADA.name, ADA.email, ADA.company, ADA.message, "Ada", "@"]) {
    assert.ok(!everything.includes(personal), `${personal} leaked into an event or a push`);
  }
  assert.deepEqual(errors, []);
});

test("a booking left waiting in a contact widget goes out from a quiz-only widget on the host's next page", async (t) => {
  const receiver = await receiverFor(t);
  receiver.setMode("unavailable");
  const record = `<script>window.__submitted = []; document.addEventListener("showdown:contact-submitted", (e) => `
    + `window.__submitted.push({ on: e.target.id, detail: e.detail }));</script>`;
  const { page, errors, context } = await open(t, hostPage({ head: record,
    body: `<div data-showdown="contact" id="booking" data-endpoint="${receiver.url}/e"></div>` }));
  await mounted(page, 1);
  const form = bookingForm(widget(page, 0));
  await fill(form, ADA);
  await form.getByRole("button", { name: "Book a meeting" }).click();
  await form.getByRole("alert").filter({ hasText: "by itself" }).waitFor();
  await page.close();
  receiver.setMode("ok");
  const later = await context.newPage();
  later.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  await later.goto(hostPage({ head: record, body: `<div data-showdown="quiz" id="quiz-only"></div>` }));
  await mounted(later, 1);
  await widget(later, 0).getByRole("status").filter({ hasText: "has now been sent" }).waitFor({ timeout: 25000 });
  const posts = receiver.posts().map((p) => JSON.parse(p.body));
  assert.equal(posts.length, 2);
  assert.equal(posts[1].submission_id, posts[0].submission_id);
  assert.deepEqual(await later.evaluate(() => window.__submitted), [{ on: "quiz-only", detail: { topic: "python" } }]);
  assert.deepEqual(await later.evaluate(() => Object.keys(localStorage).filter((k) => /^showdown-(outbox|draft)/.test(k))), []);
  // The 503 is logged by Chromium itself.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test("data-theme per instance: dark and light side by side, auto follows the system; theme on the widget's root", async (t) => {
  const { page, errors } = await open(t, hostPage({ body: `<div data-showdown="differences" data-theme="dark"></div>`
    + `<div data-showdown="differences" data-theme="light"></div><div data-showdown="quiz"></div>` }), { colorScheme: "dark" });
  await mounted(page, 3);
  // Luminance of each widget root's background, whatever color syntax the computed style uses.
  const luminance = await page.evaluate(() => [...document.querySelectorAll("[data-showdown]")].map((el) => {
    const root = el.shadowRoot.querySelector(".showdown");
    const ctx = Object.assign(document.createElement("canvas"), { width: 1, height: 1 }).getContext("2d");
    ctx.fillStyle = getComputedStyle(root).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return a === 0 ? null : (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }));
  const [dark, light, auto] = luminance;
  assert.ok(dark !== null && dark < 0.25, `data-theme=dark is dark: ${dark}`);
  assert.ok(light !== null && light > 0.75, `data-theme=light stays light on a dark system: ${light}`);
  assert.ok(auto !== null && auto < 0.25, `no data-theme follows the (dark) system: ${auto}`);

  const names = await declaredProperties(page);
  assert.ok(names.length >= 10);
  const where = await page.evaluate((names) => {
    const set = (el) => names.filter((n) => getComputedStyle(el).getPropertyValue(n) !== "");
    const inlineRoot = [...document.documentElement.style].filter((p) => p.startsWith("--"));
    const roots = [...document.querySelectorAll("[data-showdown]")].map((el) => set(el.shadowRoot.querySelector(".showdown")).length);
    return { html: set(document.documentElement), inlineRoot, roots };
  }, names);
  assert.deepEqual([where.html, where.inlineRoot], [[], []], "theme properties on the host's :root");
  for (const n of where.roots) assert.ok(n >= 10, "theme properties on each widget's root");
  assert.deepEqual(errors, []);
});

test("data-endpoint-format=form posts application/x-www-form-urlencoded to the receiver", async (t) => {
  const receiver = await receiverFor(t);
  const { page, errors } = await open(t, hostPage({
    body: `<div data-showdown="contact" data-endpoint="${receiver.url}/urlencoded" data-endpoint-format="form"></div>` }));
  await mounted(page, 1);
  const form = bookingForm(widget(page, 0));
  await fill(form, { ...GRACE, company: "A&B = 100% \"ok\"" });
  await submit(form);
  const [post, ...more] = await waitForPosts(receiver, 1);
  assert.deepEqual(more, []);
  assert.equal(post.url, "/urlencoded");
  assert.match(post.headers["content-type"], /^application\/x-www-form-urlencoded(;|$)/);
  assert.equal(receiver.received.filter((r) => r.method === "OPTIONS").length, 0, "a form post needs no preflight");
  const params = new URLSearchParams(post.body);
  assert.deepEqual(Object.fromEntries(Object.keys(LABELS).map((k) => [k, params.get(k)])), { ...GRACE, company: "A&B = 100% \"ok\"" });
  assert.deepEqual(errors, []);
});

test("dist/embed-demo.html mounts its three live examples without errors", async (t) => {
  const { page, errors } = await open(t, dist.url + "/embed-demo.html");
  await mounted(page, 3);
  assert.equal(await page.locator("[data-showdown]").count(), 3);
  const [quiz, differences, contact] = [0, 1, 2].map((i) => widget(page, i));
  await questionGroup(quiz, 0).waitFor();
  assert.ok(await differences.getByRole("table").first().isVisible());
  assert.equal(await bookingForm(contact).count(), 1);
  // The demo lists the events it sees.
  await answerQuiz(quiz, GO);
  await page.locator("#events li", { hasText: "showdown:quiz-complete" }).waitFor();
  assert.deepEqual(errors, []);
});

test("host CSS aimed at the mount element itself (a theme's div rule) does not hide or clip the widget", async (t) => {
  const receiver = await receiverFor(t);
  const head = `<style>div { height: 40px; overflow: hidden; visibility: hidden; opacity: 0.2 }</style>`;
  const { page, errors } = await open(t, hostPage({ head, body: `<div data-showdown="quiz"></div>`
    + `<div data-showdown="contact" data-endpoint="${receiver.url}/clipped"></div>` }));
  await mounted(page, 2);
  const [quiz, contact] = [widget(page, 0), widget(page, 1)];
  const box = await page.locator("[data-showdown]").first().boundingBox();
  assert.ok(box.height > 200, `the quiz's mount element is as tall as the quiz: ${box.height}`);
  assert.ok(await nextButton(quiz).isVisible(), "the quiz's Next button shows");
  await answerQuiz(quiz, GO);
  assert.equal(await result(quiz).getAttribute("data-recommendation"), "go");
  const form = bookingForm(contact);
  assert.ok(await form.getByRole("button", { name: "Book a meeting" }).isVisible());
  await fill(form, ADA);
  await submit(form);
  assert.equal((await waitForPosts(receiver, 1)).length, 1);
  assert.deepEqual(errors, []);
});

test("a kept draft follows its form when the host adds or moves other widgets", async (t) => {
  const url = hostPage({ body: `<div data-showdown="contact"></div>` });
  const { page, errors } = await open(t, url);
  await mounted(page, 1);
  await fill(bookingForm(widget(page, 0)), ADA);
  await settle(300);
  // The same page, now with a questionnaire before the form.
  const path = new URL(url).pathname;
  hostFiles[path] = hostFiles[path].replace(`<div data-showdown="contact"></div>`,
    `<div data-showdown="quiz"></div><div data-showdown="contact"></div>`);
  await page.reload();
  await mounted(page, 2);
  assert.deepEqual(await valuesOf(bookingForm(widget(page, 1))), ADA, "the draft is back in its form");
  await widget(page, 0).getByText("Question 1 of 8", { exact: true }).waitFor();
  assert.deepEqual(errors, []);
});

test("a mount naming no section says so, styled as a note, beside a widget that works", async (t) => {
  const { page, errors } = await open(t, hostPage({ body: `<div data-showdown="nonsense"></div><div data-showdown="quiz"></div>` }));
  await mounted(page, 2);
  const note = widget(page, 0).getByText("Nothing to show here: data-showdown should name article, differences, quiz, contact or all.");
  assert.ok(await note.isVisible(), "the note shows");
  // Styled by the embed's own sheet (every widget loads it): a note's border, not bare text.
  assert.equal(await note.evaluate((p) => getComputedStyle(p).borderLeftStyle), "solid");
  assert.ok(await nextButton(widget(page, 1)).isVisible(), "the other widget's questionnaire shows");
  assert.deepEqual(errors, []);
});
