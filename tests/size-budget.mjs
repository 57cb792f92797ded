// Size budget: the .wasm + .js + .css a first visit to / loads, after gzip -9,
// must stay under BUDGET. Prints the figure either way.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { DIST } from "./support/browser.mjs";

// Issue 2 set 120 KB; measured 87.4 KB after the page stopped shipping the Leptos runtime
// (it attaches to prerendered HTML), so the budget now guards that gain with a little headroom.
const BUDGET = 95_000; // bytes, gzip -9

const html = readFileSync(join(DIST, "index.html"), "utf8");
const files = readdirSync(DIST).filter((f) => /\.(wasm|js|css)$/.test(f) && html.includes(f));
if (!files.some((f) => f.endsWith(".wasm"))) throw new Error("no .wasm referenced by dist/index.html");
let gz = 0, br = 0, raw = 0;
for (const f of files) {
  const bytes = readFileSync(join(DIST, f));
  const g = gzipSync(bytes, { level: 9 }).length;
  const b = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += bytes.length; gz += g; br += b;
  console.log(`${f.padEnd(40)} raw ${String(bytes.length).padStart(8)}  gzip ${String(g).padStart(7)}  brotli ${String(b).padStart(7)}`);
}
console.log(`${"total (wasm + js + css)".padEnd(40)} raw ${String(raw).padStart(8)}  gzip ${String(gz).padStart(7)}  brotli ${String(br).padStart(7)}`);
if (gz > BUDGET) {
  console.error(`FAIL: ${gz} bytes gzip is over the budget of ${BUDGET}`);
  process.exit(1);
}
console.log(`ok: ${gz} bytes gzip, within the budget of ${BUDGET}`);
