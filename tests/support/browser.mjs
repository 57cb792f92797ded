// Launches Debian's Chromium through playwright-core (never a downloaded browser)
// and records console errors and page errors, which every test asserts are none.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = process.env.SHOWDOWN_DIST || join(ROOT, "dist");

export async function launch() {
  const executablePath = process.env.CHROMIUM_BIN || execSync("command -v chromium").toString().trim();
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/** A fresh context and page that collect console errors and uncaught page errors. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

/** Waits until the app has mounted (the wasm has started and replaced the static HTML). */
export async function appReady(page) {
  await page.waitForFunction(() => document.querySelector("#app[data-mounted], .showdown[data-mounted]") !== null, null, { timeout: 20000 });
}

/** For a test file: launches Chromium and serves dist/ before its tests, stops both after.
 *  The returned object's `browser` and `server` are set once the tests run. */
export function useSite(options = {}) {
  const site = { browser: null, server: null };
  before(async () => {
    const { serveStatic } = await import("./static-server.mjs");
    site.browser = await launch();
    site.server = await serveStatic(DIST, options);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Holds every wasm request of `page` until the returned function is called: the prerendered
 * page as a visitor on a slow connection has it before the app attaches.
 */
export async function slowWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  return release;
}
