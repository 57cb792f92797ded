// The questionnaire as content/quiz.toml writes it (the file the build compiles in), and
// how a visitor answers it: the tests that need its questions and options read them here.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "smol-toml";
import { ROOT } from "./browser.mjs";

// Its questions with their options' points and dealbreakers, and the "both" threshold.
export const QUIZ_FILE = parse(readFileSync(join(ROOT, "content", "quiz.toml"), "utf8"));
export const QUESTIONS = QUIZ_FILE.question.map((q) => ({
  id: q.id, text: q.text,
  options: q.option.map((o) => ({ id: o.id, text: o.text, go: o.go, python: o.python, rulesOut: o.rules_out ?? null })),
}));
/** The option of question `qid` whose id is `oid`. */
export function option(qid, oid) {
  const q = QUESTIONS.find((q) => q.id === qid);
  const o = q?.options.find((o) => o.id === oid);
  assert.ok(o, `no option ${qid}=${oid}`);
  return o;
}

/** The question on screen: the group (fieldset) named by its legend. */
export const questionGroup = (page, i) => page.getByRole("group", { name: QUESTIONS[i].text, exact: true });
export const nextButton = (page) => page.locator("form").getByRole("button", { name: /^(Next|.*(result|recommend).*)$/i });
export const result = (page) => page.locator("[data-recommendation]");

/** Answers questions `from`..7 with the mouse (label clicks and "Next"), ending on the result. */
export async function answerWithMouse(page, answers, from = 0, to = QUESTIONS.length) {
  for (let i = from; i < to; i++) {
    const q = QUESTIONS[i];
    await questionGroup(page, i).waitFor();
    await page.getByRole("radio", { name: option(q.id, answers[q.id]).text, exact: true }).check();
    await nextButton(page).click();
    if (i + 1 < QUESTIONS.length) await questionGroup(page, i + 1).waitFor();
  }
  if (to === QUESTIONS.length) await result(page).waitFor();
}

/** The share query of `answers` (question id → option id), in question order. */
export const queryOf = (answers) => QUESTIONS.map((q) => `${q.id}=${answers[q.id]}`).join("&");

/** Answers that lean Go all the way. */
export const GO_CASE = { workload: "network", performance: "critical", concurrency: "high", time_to_market: "long_term",
  team: "go", libraries: "none", deployment: "binary", resources: "tight" };
