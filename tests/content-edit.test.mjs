// The words are files: a copy of content/ with a heading, a table cell, a question's text
// and a weight changed, built with SHOWDOWN_CONTENT_DIR and no Rust edit, shows every change
// on the built page in a real browser; a broken copy stops the build with a message that
// names the file and the line.
//
// Run by scripts/test.sh after the main release build (it reuses its compiled crates).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, launch, openPage, appReady } from "./support/browser.mjs";
import { serveStatic } from "./support/static-server.mjs";

const work = mkdtempSync(join(tmpdir(), "showdown-content-"));
const content = join(work, "content");

/** A copy of content/ with each [file, from, to] edit made (each `from` must be there). */
function copyWith(edits) {
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, "content"), content, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(content, file);
    const text = readFileSync(path, "utf8");
    assert.ok(text.includes(from), `${file} holds ${from}`);
    writeFileSync(path, text.replace(from, to));
  }
}

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, SHOWDOWN_CONTENT_DIR: content, ...env } });
}

after(() => rmSync(work, { recursive: true, force: true }));

test("an edited copy of the content, rebuilt without a Rust edit, shows on the page", async () => {
  copyWith([
    ["article.md", "## What is Python? {#what-is-python}", "## Python, in short {#what-is-python}"],
    ["article.md", "Strict typing, minimalistic syntax. Requires explicit variable declarations.", "Static types and a deliberately small syntax."],
    ["quiz.toml", 'text = "What will your backend mainly do?"', 'text = "What is your backend for?"'],
    // The "Web APIs" option: Go 1 -> 9 points.
    ["quiz.toml", 'text = "Web APIs and backend services for a product"\ngo = 1', 'text = "Web APIs and backend services for a product"\ngo = 9'],
  ]);
  const dist = join(work, "dist");
  const build = run("trunk", ["build", "--release", "--dist", dist]);
  assert.equal(build.status, 0, `the build failed:\n${build.stdout}\n${build.stderr}`);

  const browser = await launch();
  const server = await serveStatic(dist);
  try {
    const { page, context, errors } = await openPage(browser);
    await page.goto(server.url + "/");
    await appReady(page);
    await page.getByRole("heading", { level: 2, name: "Python, in short" }).waitFor();
    const table = page.getByRole("table", { name: /Key Differences/ });
    await table.getByRole("cell", { name: "Static types and a deliberately small syntax." }).waitFor();
    assert.equal(await page.getByText("Strict typing, minimalistic syntax.").count(), 0);

    // The questionnaire's text and weights are compiled into its wasm: a shared result
    // shows the new weight under "How is this scored?".
    await page.goto(server.url + "/quiz");
    await appReady(page);
    assert.equal(await page.locator("legend").first().innerText(), "What is your backend for?");
    await page.goto(server.url + "/quiz?workload=api&performance=minor&concurrency=low&time_to_market=asap&team=python&libraries=none&deployment=managed&resources=relaxed");
    await appReady(page);
    await page.locator("[data-recommendation]").waitFor();
    await page.getByText("How is this scored?").click();
    const row = page.getByRole("row", { name: /^Web APIs and backend services for a product/ });
    assert.deepEqual((await row.getByRole("cell").allInnerTexts()).slice(0, 3), ["Web APIs and backend services for a product", "9", "1"]);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
    await browser.close();
  }
});

test("a broken article stops the build, naming the file and the line", () => {
  const row = "| Syntax {#syntax} | Strict typing, minimalistic syntax. Requires explicit variable declarations. | Highly readable with dynamic typing. Uses indentation to define code blocks. |";
  copyWith([["article.md", row, "| Syntax {#syntax} | Strict typing |"]]);
  const line = readFileSync(join(content, "article.md"), "utf8").split("\n").findIndex((l) => l.startsWith("| Syntax")) + 1;
  const build = run("cargo", ["build", "--quiet", "--offline", "-p", "showdown-core"]);
  assert.notEqual(build.status, 0, "the build must stop");
  assert.ok(build.stderr.includes(`${content}/article.md:${line}: this table row has 2 cells but the header has 3`), build.stderr);
  assert.ok(!/panicked/.test(build.stderr), "a message, not a panic");
});

test("weights that break the scoring rules stop the build, naming the file and the line", () => {
  // The "Mostly Go" team answer rules Python out, while libraries=core rules Go out.
  const from = 'id = "go"\ntext = "Mostly Go"\ngo = 5\npython = 0\n';
  copyWith([["quiz.toml", from, `${from}rules_out = "python"\n`]]);
  const line = readFileSync(join(content, "quiz.toml"), "utf8").split("\n").findIndex((l) => l === 'text = "Mostly Go"');
  const stage = join(work, "stage");
  rmSync(stage, { recursive: true, force: true });
  const build = run("cargo", ["run", "--quiet", "--offline", "--features", "ssr", "--bin", "prerender",
    "--target-dir", join(ROOT, "target", "prerender"), "--", stage]);
  assert.notEqual(build.status, 0, "the build must stop");
  assert.ok(build.stderr.includes(`${content}/quiz.toml:${line}: \`team=go\` rules out Python and \`libraries=core\` rules out Go`), build.stderr);
  assert.ok(!/panicked/.test(build.stderr), "a message, not a panic");
});
