// The questionnaire, as a visitor's browser sees it (contract §2, the events of §4, §5).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, appReady } from "../support/browser.mjs";
import { QUIZ_FILE, QUESTIONS, GO_CASE, option, questionGroup, nextButton, result, answerWithMouse } from "../support/quiz.mjs";

const site = useSite();

// The share links are built on SHOWDOWN_SITE_URL, which the test build leaves unset.
const SITE_URL = "http://127.0.0.1:8080";

const RULE_LABEL = { go: "rules out Go", python: "rules out Python" };

const LABEL = { go: /\bGo\b/, python: /\bPython\b/, both: /both/i };

/** Recommendation and display scores from the file's weights, dealbreakers and a "both" threshold. */
function expected(answers, threshold = QUIZ_FILE.both_threshold) {
  let go = 0, python = 0;
  const ruledOut = new Set();
  for (const q of QUESTIONS) {
    const o = option(q.id, answers[q.id]);
    go += o.go; python += o.python;
    if (o.rulesOut) ruledOut.add(o.rulesOut);
  }
  const margin = go - python;
  const recommendation = ruledOut.has("go") ? "python" : ruledOut.has("python") ? "go"
    : Math.abs(margin) <= threshold ? "both" : margin > 0 ? "go" : "python";
  const sum = go + python;
  const goScore = sum === 0 ? 50 : Math.floor((200 * go + sum) / (2 * sum));
  return { recommendation, go: goScore, python: 100 - goScore, margin };
}

const PYTHON_CASE = { workload: "data", performance: "minor", concurrency: "low", time_to_market: "asap",
  team: "python", libraries: "core", deployment: "managed", resources: "relaxed" };
// Mixed answers (leans Go, but not all the way).
const MIXED = { workload: "microservices", performance: "important", concurrency: "moderate", time_to_market: "balanced",
  team: "new", libraries: "some", deployment: "containers", resources: "normal" };
// Only "performance" and "team" lean: the aspects behind them are Performance, Ease of Learning, Community & Support.
const NARROW = { workload: "api", performance: "critical", concurrency: "low", time_to_market: "balanced",
  team: "both", libraries: "none", deployment: "undecided", resources: "normal" };

async function openQuiz(options = {}, query = "") {
  const opened = await openPage(site.browser, options);
  await opened.page.goto(site.server.url + "/quiz" + query);
  await appReady(opened.page);
  return opened;
}

/** The two scores as shown ("NN/100"), read from the result's "Scores" list. */
async function shownScores(page) {
  const items = await page.getByRole("list", { name: "Scores" }).getByRole("listitem").allInnerTexts();
  const score = (name) => {
    const line = items.find((t) => t.trim().startsWith(name));
    assert.ok(line, `no score line for ${name} in ${JSON.stringify(items)}`);
    const m = line.match(/(\d{1,3})\/100/);
    assert.ok(m, `score of ${name} is shown as NN/100: ${line}`);
    return Number(m[1]);
  };
  return { go: score("Go"), python: score("Python") };
}

const sideScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Presses Tab until the focused element satisfies `predicate` (evaluated in the page). */
async function tabUntil(page, predicate, arg, what, max = 40) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate, arg)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

function answersFromSearch(search) {
  return Object.fromEntries(new URLSearchParams(search));
}

test("the article leads to the questionnaire", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const cta = page.getByRole("main").getByRole("link", { name: /questionnaire|quiz|which .* (fits|right)|find out/i });
  assert.ok(await cta.count() >= 1, "a call to action in the article");
  assert.equal(new URL(await cta.first().getAttribute("href"), site.server.url).pathname, "/quiz");
  await cta.first().click();
  await page.waitForURL(site.server.url + "/quiz");
  await appReady(page);
  await questionGroup(page, 0).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full keyboard-only run at 375px gives a result with scores, reasons, a flip and a booking link", async () => {
  const { page, errors, context } = await openQuiz({ viewport: { width: 375, height: 800 } });
  assert.equal(await sideScroll(page), 0, "the questionnaire scrolls sideways at 375px");
  // Into the first question from the top of the page, by keyboard.
  await tabUntil(page, () => document.activeElement?.matches('input[type="radio"]'), null, "the first question's options");
  let lastNow = -1;
  for (const [i, q] of QUESTIONS.entries()) {
    const group = questionGroup(page, i);
    await group.waitFor();
    if (i > 0) {
      // Focus moved to the new question's legend.
      assert.deepEqual(await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent })),
        { tag: "LEGEND", text: q.text }, `focus on question ${i + 1}'s legend`);
      await page.keyboard.press("Tab");
    }
    // One fieldset, its legend the question text exactly, one labelled radio per option.
    assert.equal(await page.locator("fieldset").count(), 1);
    assert.equal(await group.locator("legend").innerText(), q.text);
    const labels = await group.getByRole("radio").evaluateAll((rs) => rs.map((r) => r.labels?.[0]?.textContent.trim()));
    assert.deepEqual(labels, q.options.map((o) => o.text));
    // Progress.
    await page.getByText(`Question ${i + 1} of 8`, { exact: true }).waitFor();
    const bar = page.getByRole("progressbar");
    const now = Number(await bar.getAttribute("aria-valuenow"));
    const [min, max] = [Number(await bar.getAttribute("aria-valuemin")), Number(await bar.getAttribute("aria-valuemax"))];
    assert.ok(min <= now && now <= max && now > lastNow, `progress ${now} in [${min}, ${max}] and moving forward`);
    lastNow = now;
    // Choose: Space on the first option, arrows to the others.
    const index = q.options.findIndex((o) => o.id === MIXED[q.id]);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "radio");
    if (index === 0) await page.keyboard.press("Space");
    else for (let n = 0; n < index; n++) await page.keyboard.press("ArrowDown");
    assert.equal(await group.getByRole("radio", { name: q.options[index].text, exact: true }).isChecked(), true,
      `"${q.options[index].text}" chosen by keyboard`);
    // On to the forward button, pressed with Enter or Space.
    const forward = i === QUESTIONS.length - 1 ? /result|recommend/i : /^Next$/;
    await tabUntil(page, (src) => document.activeElement?.tagName === "BUTTON" && new RegExp(src, "i").test(document.activeElement.textContent.trim()),
      forward.source, `the "${forward}" button`, 6);
    await page.keyboard.press(i % 2 ? "Space" : "Enter");
  }

  const want = expected(MIXED);
  const res = result(page);
  await res.waitFor();
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest("[data-recommendation]")), true, "focus moves to the result");
  const rec = await res.getAttribute("data-recommendation");
  assert.ok(["go", "python", "both"].includes(rec));
  assert.equal(rec, want.recommendation);
  assert.match(await res.getByRole("heading").first().innerText(), LABEL[rec]);
  assert.deepEqual(await shownScores(page), { go: want.go, python: want.python });

  // Reasons: each names an answer given and links to an article section.
  const reasons = await res.locator("ol li").evaluateAll((lis) => lis.map((li) => ({
    text: li.textContent, hrefs: [...li.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")) })));
  assert.ok(reasons.length >= 2, "at least two reasons");
  const chosen = QUESTIONS.map((q) => option(q.id, MIXED[q.id]).text);
  for (const r of reasons) {
    assert.ok(chosen.some((t) => r.text.includes(`“${t}”`)), `reason names an answer: ${r.text}`);
    assert.ok(r.hrefs.some((h) => /^\/#[a-z0-9-]+$/.test(h)), `reason links to an article section: ${r.hrefs}`);
  }
  // What would change it.
  await res.getByRole("heading", { name: "What would change it" }).waitFor();
  assert.match(await res.getByText(/^If you answered /).innerText(), /^If you answered .+ it would be (Go|Python|both)\b/);
  // Book a meeting, carrying the result.
  const book = new URL(await res.getByRole("link", { name: "Book a meeting about this" }).getAttribute("href"), site.server.url);
  assert.equal(book.pathname, "/contact");
  assert.equal(book.searchParams.get("topic"), rec);
  assert.equal(await sideScroll(page), 0, "the result scrolls sideways at 375px");

  // The linked sections exist on the article page.
  const ids = [...new Set(reasons.flatMap((r) => r.hrefs).filter((h) => h.startsWith("/#")).map((h) => h.slice(2)))];
  await page.goto(site.server.url + "/");
  await appReady(page);
  for (const id of ids) assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `"/#${id}" exists`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("Next without a choice does not advance and says why", async () => {
  const { page, errors, context } = await openQuiz();
  await questionGroup(page, 0).waitFor();
  await nextButton(page).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /choose|select|pick|answer/i);
  assert.equal(await questionGroup(page, 0).count(), 1, "still on question 1");
  await page.getByText("Question 1 of 8", { exact: true }).waitFor();
  // Also on a later question; a choice then lets it advance.
  await answerWithMouse(page, MIXED, 0, 1);
  await nextButton(page).click();
  await page.getByRole("alert").waitFor();
  assert.equal(await questionGroup(page, 1).count(), 1, "still on question 2");
  await answerWithMouse(page, MIXED, 1, 2);
  await questionGroup(page, 2).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("Back keeps the answers", async () => {
  const { page, errors, context } = await openQuiz();
  await answerWithMouse(page, PYTHON_CASE, 0, 3);
  for (const i of [2, 1, 0]) {
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await questionGroup(page, i).waitFor();
    const q = QUESTIONS[i];
    assert.equal(await page.getByRole("radio", { name: option(q.id, PYTHON_CASE[q.id]).text, exact: true }).isChecked(), true,
      `question ${i + 1} still answered after Back`);
  }
  // Forward again without touching anything: the answers carry on.
  await nextButton(page).click();
  await questionGroup(page, 1).waitFor();
  assert.equal(await page.getByRole("radio", { name: option("performance", PYTHON_CASE.performance).text }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("answers in progress survive a reload", async () => {
  const { page, errors, context } = await openQuiz();
  await answerWithMouse(page, GO_CASE, 0, 3);
  await page.reload();
  await appReady(page);
  await questionGroup(page, 3).waitFor();
  await page.getByText(/Welcome back/).waitFor();
  for (const i of [2, 1, 0]) {
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await questionGroup(page, i).waitFor();
    const q = QUESTIONS[i];
    assert.equal(await page.getByRole("radio", { name: option(q.id, GO_CASE[q.id]).text, exact: true }).isChecked(), true,
      `question ${i + 1} kept across the reload`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the result's URL reproduces it in a new browser; Copy link copies it", async () => {
  const { page, errors, context } = await openQuiz({ permissions: ["clipboard-read", "clipboard-write"] });
  await answerWithMouse(page, MIXED);
  // The address follows the result once it is painted.
  await page.waitForFunction(() => location.search.length > 1, null, { timeout: 2000 });
  const search = await page.evaluate(() => location.search);
  assert.deepEqual(answersFromSearch(search), MIXED, "the URL encodes every answer");
  const rec = await result(page).getAttribute("data-recommendation");
  const scores = await shownScores(page);
  const share = page.getByLabel("Link to this result");
  assert.equal(await share.inputValue(), `${SITE_URL}/quiz${search}`);

  await page.getByRole("button", { name: "Copy link" }).click();
  await page.getByText(/copied/i).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${SITE_URL}/quiz${search}`);

  const fresh = await openQuiz({}, search);
  await result(fresh.page).waitFor();
  assert.equal(await result(fresh.page).getAttribute("data-recommendation"), rec);
  assert.deepEqual(await shownScores(fresh.page), scores);
  assert.equal(await fresh.page.locator("fieldset legend").count(), 0, "no question to answer");
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("malformed URLs show the questionnaire with a note, never a blank page", async () => {
  const withQuizKeys = [
    "?workload=nope",
    "?workload=" + "%ZZ".repeat(2000),
    "?team=%F0%9F%A6%80%E2%80%AE%E2%80%8B&libraries=e%CC%81%CC%81%CC%81",
    "?workload=%ED%A0%80&performance=%FF%FE",
    "?workload=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "?" + Object.entries(GO_CASE).map(([k, v]) => `${k}=${v}`).join("&") + "&team=python",
  ];
  // No quiz key at all: nothing to read, so question 1 (the app treats these like
  // unrelated parameters such as utm_source, and shows no note).
  const garbage = ["?%%%&&==", "?" + "x=%&".repeat(1250), "?%E2%98%83=%F0%9F%90%8D&&&=&=="];
  for (const query of [...withQuizKeys, ...garbage]) {
    const { page, errors, context } = await openPage(site.browser);
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.goto(site.server.url + "/quiz" + query);
    await appReady(page);
    const legend = page.locator("fieldset legend");
    await legend.waitFor({ state: "visible" });
    assert.ok(QUESTIONS.map((q) => q.text).includes(await legend.innerText()), `a question shows for ${query.slice(0, 60)}`);
    if (withQuizKeys.includes(query)) {
      const note = page.locator(".sd-quiz-note:visible, [role=status]:visible", { hasText: /link|answers/i }).first();
      await note.waitFor({ state: "visible" });
      assert.ok((await note.innerText()).length < 300, "the note is short");
    } else {
      assert.equal(await legend.innerText(), QUESTIONS[0].text);
    }
    assert.equal(await result(page).count(), 0, `no result for ${query.slice(0, 60)}`);
    assert.deepEqual(dialogs, [], "nothing from the URL runs");
    assert.deepEqual(errors, [], `no errors for ${query.slice(0, 60)}`);
    await context.close();
  }

  // Unrelated parameters (campaign tags) are no malformed answers: no note.
  {
    const { page, errors, context } = await openQuiz({}, "?utm_source=newsletter&utm_campaign=gvp");
    await questionGroup(page, 0).waitFor();
    assert.equal(await page.locator(".sd-quiz-note:visible").count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }

  // A partial valid set prefills what it has and opens at the first open question.
  const { page, errors, context } = await openQuiz({}, "?workload=data&performance=minor");
  await questionGroup(page, 2).waitFor();
  await page.getByText(/could not read|already filled in/).waitFor();
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await questionGroup(page, 1).waitFor();
  assert.equal(await page.getByRole("radio", { name: option("performance", "minor").text }).isChecked(), true);
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await questionGroup(page, 0).waitFor();
  assert.equal(await page.getByRole("radio", { name: option("workload", "data").text }).isChecked(), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("clear-cut answers give the article's recommendation, and the shown weights are the contract's", async () => {
  const cases = [["go", GO_CASE], ["python", PYTHON_CASE], ["go", NARROW]];
  for (const [want, answers] of cases) {
    const { page, errors, context } = await openQuiz();
    await answerWithMouse(page, answers);
    const res = result(page);
    assert.equal(await res.getAttribute("data-recommendation"), want, JSON.stringify(answers));
    assert.match(await res.innerText(), LABEL[want]);

    // "How is this scored?": the threshold and every weight, as shown to the visitor.
    await res.getByText("How is this scored?").click();
    const explanation = await res.locator("details").innerText();
    const threshold = Number(explanation.match(/within (\d+) points?/)?.[1]);
    assert.ok(Number.isInteger(threshold), "the threshold is shown");
    const rows = await res.locator("details table tbody").evaluateAll((groups) => groups.map((g) => ({
      question: g.querySelector("th").textContent.trim(),
      options: [...g.querySelectorAll("tr")].filter((tr) => tr.querySelectorAll("td").length === 3)
        .map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent.trim())),
    })));
    assert.deepEqual(rows, QUESTIONS.map((q) => ({
      question: q.text,
      options: q.options.map((o) => [o.text + (o.rulesOut ? ` (${RULE_LABEL[o.rulesOut]})` : ""), String(o.go), String(o.python)]),
    })));
    assert.equal(threshold, QUIZ_FILE.both_threshold);
    const computed = expected(answers, threshold);
    assert.equal(computed.recommendation, want, "the shown weights agree with the expectation");
    assert.deepEqual(await shownScores(page), { go: computed.go, python: computed.python });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("data-science libraries at the core rule Go out, however Go-leaning the other answers", async () => {
  // The most Go-leaning option of every other question, with libraries=core.
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, q.options.reduce((a, b) => (b.go - b.python > a.go - a.python ? b : a)).id]));
  answers.libraries = "core";
  const computed = expected(answers);
  assert.ok(computed.margin > 10, "the points alone say Go");
  const { page, errors, context } = await openQuiz({}, "?" + new URLSearchParams(answers));
  const res = result(page);
  await res.waitFor();
  assert.equal(await res.getAttribute("data-recommendation"), "python");
  assert.deepEqual(await shownScores(page), { go: computed.go, python: computed.python });
  await res.getByText("Python fits your project best: one of your answers rules out Go, whatever the points.").waitFor();
  // The dealbreaker is the first reason, and named as one.
  const first = res.locator(".sd-reasons li").first();
  assert.match(await first.innerText(), /^Rules out Go · you answered “Yes, they are core to the product”/);
  // What would change it: that answer.
  assert.match(await res.locator(".sd-flip").innerText(), /instead of “Yes, they are core to the product”/);
  // "How is this scored?" shows the rule beside the weights.
  await res.getByText("How is this scored?").click();
  await res.getByRole("row", { name: /Yes, they are core to the product \(rules out Go\) 0 7/ }).waitFor();
  assert.match(await res.locator("details").innerText(), /unless an answer rules one out/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("after a result, the key differences table highlights the aspects behind the answers", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const table = page.getByRole("table", { name: /Key Differences/ });
  const aspect = (rows) => rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("th").childNodes[0].textContent.trim()));
  await page.goto(site.server.url + "/");
  await appReady(page);
  assert.equal(await table.locator("tbody tr.sd-highlight").count(), 0, "nothing highlighted before the questionnaire");
  assert.equal(await page.getByRole("button", { name: "Show only the aspects behind my answers" }).count(), 0);

  await page.goto(site.server.url + "/quiz");
  await appReady(page);
  await answerWithMouse(page, NARROW);
  await page.goto(site.server.url + "/");
  await appReady(page);
  const marked = table.locator("tbody tr.sd-highlight");
  assert.deepEqual(await aspect(marked), ["Performance", "Ease of Learning", "Community & Support"]);
  for (const row of await marked.all()) await row.getByText("Behind your answers").waitFor({ state: "visible" });
  assert.equal(await table.locator("tbody tr:visible").count(), 10);
  await page.getByRole("button", { name: "Show only the aspects behind my answers" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table tbody tr:not([hidden])").length === 3);
  assert.deepEqual(await aspect(table.locator("tbody tr:visible")), ["Performance", "Ease of Learning", "Community & Support"]);
  await page.getByRole("button", { name: "Show all aspects" }).click();
  assert.equal(await table.locator("tbody tr:visible").count(), 10);
  assert.deepEqual(errors, []);
  await context.close();
});

const RECORD_EVENTS = () => {
  window.dataLayer = [];
  window.__quizEvents = [];
  for (const type of ["showdown:quiz-start", "showdown:quiz-step", "showdown:quiz-complete"]) {
    document.addEventListener(type, (e) => {
      window.__quizEvents.push({ type, bubbles: e.bubbles, fromApp: e.target?.id === "app", detail: JSON.parse(JSON.stringify(e.detail)) });
    });
  }
};

test("the funnel from the app root: quiz-start on the first answer, quiz-step per question shown, quiz-complete; a share link announces nothing", async () => {
  const { page, errors, context } = await openPage(site.browser);
  await page.addInitScript(RECORD_EVENTS);
  await page.goto(site.server.url + "/quiz");
  await appReady(page);
  await answerWithMouse(page, PYTHON_CASE);
  await page.waitForFunction(() => window.__quizEvents.some((e) => e.type === "showdown:quiz-complete"));
  const { events, layer } = await page.evaluate(() => ({ events: window.__quizEvents, layer: JSON.parse(JSON.stringify(window.dataLayer)) }));
  const ids = Object.keys(PYTHON_CASE);
  const expected = [
    { type: "showdown:quiz-start", detail: {} },
    ...ids.slice(1).map((question, i) => ({ type: "showdown:quiz-step", detail: { step: i + 2, question } })),
    { type: "showdown:quiz-complete", detail: { recommendation: "python", answers: PYTHON_CASE } },
  ];
  assert.deepEqual(events, expected.map((e) => ({ ...e, bubbles: true, fromApp: true })));
  assert.deepEqual(layer, expected.map((e) => ({ event: e.type.replace(/[:-]/g, "_"), showdown_schema: 1, ...e.detail })));
  const everything = JSON.stringify({ events, layer });
  assert.doesNotMatch(everything, /@|"(name|email|message|phone)"/i, "no personal data");
  const search = await page.evaluate(() => location.search);
  // "Start over" begins a new run, whose first answer starts it again; Back shows the previous question.
  await page.getByRole("button", { name: "Start over" }).click();
  await page.evaluate(() => { window.__quizEvents = []; });
  await answerWithMouse(page, PYTHON_CASE, 0, 1);
  await page.getByRole("button", { name: "Back" }).click();
  await page.waitForFunction(() => window.__quizEvents.length >= 3);
  assert.deepEqual((await page.evaluate(() => window.__quizEvents)).map((e) => [e.type, e.detail]), [
    ["showdown:quiz-start", {}], ["showdown:quiz-step", { step: 2, question: ids[1] }],
    ["showdown:quiz-step", { step: 1, question: ids[0] }]]);
  assert.deepEqual(errors, []);
  await context.close();

  const shared = await openPage(site.browser);
  await shared.page.addInitScript(RECORD_EVENTS);
  await shared.page.goto(site.server.url + "/quiz" + search);
  await appReady(shared.page);
  await result(shared.page).waitFor();
  await shared.page.waitForLoadState("networkidle");
  assert.deepEqual(await shared.page.evaluate(() => [window.__quizEvents, window.dataLayer]), [[], []],
    "opening a share link is not a completion");
  assert.deepEqual(shared.errors, []);
  await shared.context.close();
});

test("the result readied on the last question stays out of sight until asked for, and follows the answer chosen", async () => {
  const last = QUESTIONS[QUESTIONS.length - 1];
  // A last answer that leads elsewhere than the first option (the one the result is readied for).
  const ending = (o) => ({ ...GO_CASE, [last.id]: o.id });
  const other = last.options.find((o) => expected(ending(o)).recommendation !== expected(ending(last.options[0])).recommendation)
    ?? last.options[last.options.length - 1];
  const { page, errors, context } = await openQuiz();
  await answerWithMouse(page, GO_CASE, 0, QUESTIONS.length - 1);
  await questionGroup(page, QUESTIONS.length - 1).waitFor();
  const hidden = async (when) => {
    assert.equal(await result(page).count(), 0, `${when}: nothing is marked as the recommendation`);
    assert.equal(await page.getByRole("heading", { name: /Our recommendation/ }).count(), 0, `${when}: no result heading to read`);
    assert.equal(await page.getByRole("button", { name: "Copy link" }).count(), 0, `${when}: no result button to reach`);
    const card = await page.locator("form").evaluate((f) => f.getBoundingClientRect().bottom);
    const nav = await nextButton(page).evaluate((b) => b.closest("div").getBoundingClientRect().bottom);
    assert.ok(card - nav < 40, `${when}: the card ends after its buttons (${card - nav}px)`);
  };
  await hidden("before an answer");
  await page.getByRole("radio", { name: other.text, exact: true }).check();
  await hidden("after an answer");
  await nextButton(page).focus();
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest(".sd-result")), false, "Tab skips the readied result");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await result(page).waitFor();
  const want = expected(ending(other));
  assert.equal(await result(page).getAttribute("data-recommendation"), want.recommendation);
  assert.deepEqual(await shownScores(page), { go: want.go, python: want.python });
  await page.getByRole("heading", { name: /Our recommendation/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("Start over clears the answers; Change my answers keeps them", async () => {
  const { page, errors, context } = await openQuiz();
  await answerWithMouse(page, GO_CASE);
  await page.getByRole("button", { name: "Change my answers" }).click();
  await questionGroup(page, 0).waitFor();
  assert.equal(await page.getByRole("radio", { name: option("workload", GO_CASE.workload).text }).isChecked(), true);
  // Straight through with the kept answers gives the same result.
  for (let i = 0; i < QUESTIONS.length; i++) {
    await questionGroup(page, i).waitFor();
    await nextButton(page).click();
  }
  await result(page).waitFor();
  assert.equal(await result(page).getAttribute("data-recommendation"), "go");

  await page.getByRole("button", { name: "Start over" }).click();
  await questionGroup(page, 0).waitFor();
  await page.getByText("Question 1 of 8", { exact: true }).waitFor();
  assert.equal(await page.getByRole("radio", { checked: true }).count(), 0, "nothing checked after Start over");
  assert.equal(await page.evaluate(() => location.search), "", "the old answers leave the address bar");
  assert.deepEqual(errors, []);
  await context.close();
});

test("no network request while answering and computing the result", async () => {
  const { page, errors, context } = await openPage(site.browser);
  const requests = [];
  page.on("request", (r) => requests.push({ url: r.url(), method: r.method() }));
  await page.goto(site.server.url + "/quiz");
  await appReady(page);
  await page.waitForLoadState("networkidle");
  const loaded = new Set(requests.map((r) => r.url));
  const mark = requests.length;
  await answerWithMouse(page, MIXED);
  await page.getByText("How is this scored?").click();
  await page.waitForLoadState("networkidle");
  const later = requests.slice(mark).filter((r) => !(r.method === "GET" && loaded.has(r.url)));
  assert.deepEqual(later, [], "requests made while answering");
  assert.deepEqual(errors, []);
  await context.close();
});
