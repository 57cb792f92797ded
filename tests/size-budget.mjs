// Size budget: the .wasm + .js + .css a first visit loads, after gzip -9, per view of the
// page and for an embed that shows only the questionnaire. Prints every figure either way.
//
// A view loads its stylesheet, the loader and islands runtime it names, and the bundle it
// preloads (with that bundle's wasm); an embed loads embed.js, the islands runtime, the
// stylesheet and the bundle that has the quiz's islands.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { DIST } from "./support/browser.mjs";

// The islands issue set these: each view loads only its own islands.
const BUDGETS = { "index.html": 95_000, "contact/index.html": 95_000, "quiz/index.html": 100_000 };
// The embed's first load for a quiz-only mount: no heavier than the embed before islands.
const EMBED_QUIZ_BUDGET = 100_600;

const read = (f) => readFileSync(join(DIST, f));
// Attribute values may be quoted or not (the release build minifies the HTML).
const assets = (html) => [...new Set([...html.matchAll(/(?:href|src)="?\/?(showdown-[^"\s>]+\.(?:js|css))/g)].map((m) => m[1]))];
const withWasm = (files) => files.flatMap((f) => {
  const wasm = f.replace(/\.js$/, "_bg.wasm");
  return f.endsWith(".js") && existsSync(join(DIST, wasm)) ? [f, wasm] : [f];
});

function measure(label, files, budget) {
  let gz = 0, br = 0, raw = 0;
  console.log(`\n${label}`);
  for (const f of files) {
    const bytes = read(f);
    const g = gzipSync(bytes, { level: 9 }).length;
    const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += bytes.length; gz += g; br += b;
    console.log(`  ${f.padEnd(44)} raw ${String(bytes.length).padStart(8)}  gzip ${String(g).padStart(7)}  brotli ${String(b).padStart(7)}`);
  }
  console.log(`  ${"total (wasm + js + css)".padEnd(44)} raw ${String(raw).padStart(8)}  gzip ${String(gz).padStart(7)}  brotli ${String(br).padStart(7)}  budget ${budget}`);
  if (!files.some((f) => f.endsWith(".wasm"))) throw new Error(`${label}: no .wasm among ${files}`);
  return gz <= budget ? null : `${label}: ${gz} bytes gzip is over the budget of ${budget}`;
}

const failures = [];
for (const [view, budget] of Object.entries(BUDGETS)) {
  failures.push(measure(view, withWasm(assets(read(view).toString())), budget));
}

// The embed: embed.js, the islands runtime, the base, embed and questionnaire sheets, and the bundle
// whose glue exports the questionnaire's island.
const names = readdirSync(DIST);
const only = (re) => {
  const found = names.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${re} in dist/, found ${found}`);
  return found[0];
};
const quizJs = names.filter((f) => /^showdown-(?!boot-|islands-).*\.js$/.test(f) && /\bQuiz_\d+\b/.test(read(f).toString()));
if (quizJs.length !== 1) throw new Error(`expected one bundle with the Quiz island, found ${quizJs}`);
const quiz = { js: quizJs[0], wasm: quizJs[0].replace(/\.js$/, "_bg.wasm") };
const islandsRuntime = only(/^showdown-islands-[0-9a-f]+\.js$/);
const css = [only(/^showdown-[0-9a-f]+\.css$/), only(/^showdown-embed-[0-9a-f]+\.css$/), only(/^showdown-quiz-[0-9a-f]+\.css$/)];
failures.push(measure("embed, quiz only", ["embed.js", islandsRuntime, ...css, quiz.js, quiz.wasm], EMBED_QUIZ_BUDGET));

const over = failures.filter(Boolean);
if (over.length) {
  over.forEach((f) => console.error(`FAIL: ${f}`));
  process.exit(1);
}
console.log("\nok: every first load is within its budget");
