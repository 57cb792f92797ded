// Hydrates the Leptos islands inside one instance of Showdown (the full page's #app,
// or one embed mount's root in its shadow root), with the smallest set of wasm bundles
// that has them. Shared by the page's loader (boot.template.js) and the embed's
// (embed.template.js); scripts/post-build.mjs copies it into dist/ under a hashed name.
//
// A bundle is { js, wasm, islands }: the URLs of its wasm-bindgen glue and wasm, and the
// islands it exports (`<leptos-island data-component="Name_123">` hydrates with the export
// of that name, as Leptos's own island script does). Each bundle is loaded once per page.
//
// Islands inside an element with the `defer` attribute (the booking form at the end of the
// article) hydrate only when that element comes near the viewport or is used, so their
// bundle is not part of the view's first load. Those inside an element with the `ifStored`
// attribute (the printout's closing block, the outbox's notice) hydrate when the browser is
// idle after the others, and only if localStorage has a key starting with the attribute's
// value (or when another tab stores one). Until an island has hydrated, a form
// submitted in it is held (never sent by the browser, which would put what was typed in
// the address bar) and handed to it once it has.

const loaded = new Map();

/**
 * Gives the browser the main thread back until its next task (scheduler.yield where there
 * is one): starting a bundle and hydrating each island are separate short tasks, so a tap
 * or a frame never waits behind all of them at once.
 */
const yieldToBrowser = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve));

function load(bundle) {
  if (!loaded.has(bundle.js)) {
    loaded.set(bundle.js, import(bundle.js).then(async (mod) => {
      await mod.default({ module_or_path: bundle.wasm });
      return mod;
    }));
  }
  return loaded.get(bundle.js);
}

const hydrated = new WeakSet();

/** The islands in `root` (none of ours nest, so document order is hydration order). */
export function islandsIn(root) {
  return [...root.querySelectorAll("leptos-island")];
}

/** Whether localStorage has a key that starts with `prefix` (not when storage is blocked). */
export function hasStored(prefix) {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
  } catch {} // blocked: nothing kept
  return false;
}

/** The fewest bundles that together export every island name in `names` (on a tie, one already loaded). */
export function bundlesFor(bundles, names) {
  const missing = new Set(names);
  const chosen = [];
  while (missing.size) {
    let best = null;
    let bestCount = 0;
    for (const b of bundles) {
      const count = b.islands.filter((n) => missing.has(n)).length;
      if (count > bestCount || (count && count === bestCount && loaded.has(b.js) && !loaded.has(best.js))) { best = b; bestCount = count; }
    }
    if (!best) break; // an island no bundle has: nothing can hydrate it
    chosen.push(best);
    best.islands.forEach((n) => missing.delete(n));
  }
  return chosen;
}

async function hydrate(root, islands, bundles, mount) {
  const todo = islands.filter((el) => !hydrated.has(el));
  const chosen = bundlesFor(bundles, [...new Set(todo.map((el) => el.dataset.component))]);
  const mods = await Promise.all(chosen.map(load));
  for (const el of todo) {
    await yieldToBrowser();
    if (hydrated.has(el)) continue; // hydrated meanwhile (a second trigger)
    const i = chosen.findIndex((b) => b.islands.includes(el.dataset.component));
    if (i < 0) {
      console.warn(`showdown: no bundle hydrates the island ${el.dataset.component}`);
      continue;
    }
    mods[i].enter_mount(root, mount.idPrefix, mount.shareUrl, mount.endpoint, mount.endpointFormat, mount.storageSuffix);
    mods[i][el.dataset.component](el);
    hydrated.add(el);
    performance.mark(`showdown:hydrated:${el.dataset.component.replace(/_\d+$/, "")}`);
  }
  // A held submit whose island is now alive: hand it over once the islands' first effects
  // (what only this browser knows) have run, at the end of the current task.
  const held = root.__showdownHeld;
  const island = held?.closest("leptos-island");
  if (island && hydrated.has(island)) {
    delete root.__showdownHeld;
    setTimeout(() => { if (held.isConnected) held.requestSubmit(); });
  }
}

/**
 * Hydrates the islands under `root` (the instance's `.showdown` element): at once, except
 * those under an element with the `defer` attribute. Resolves when the first ones have.
 * `mount` holds an embed's options for `enter_mount` (all undefined on the full page).
 */
export async function hydrateIslands(root, bundles, { mount = {}, defer, ifStored } = {}) {
  root.addEventListener("submit", (e) => {
    const island = e.target.closest("leptos-island");
    if (island && hydrated.has(island)) return;
    e.preventDefault();
    root.__showdownHeld = e.target;
    island?.dispatchEvent(new Event("showdown:wake", { bubbles: true }));
  }, true);

  const all = islandsIn(root);
  const parts = (attr) => [...new Set(all.map((el) => attr && el.closest(`[${attr}]`)).filter(Boolean))];
  const later = parts(defer);
  const now = all.filter((el) => !el.closest(`[${defer}],[${ifStored}]`));
  for (const part of later) {
    let woken = false;
    const wake = () => {
      if (woken) return;
      woken = true;
      observer?.disconnect();
      hydrate(root, islandsIn(part), bundles, mount);
    };
    // Near the viewport, or used in any way before that (a focused field, a held submit).
    const observer = "IntersectionObserver" in window
      ? new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) wake(); }, { rootMargin: "600px 0px" })
      : null;
    if (observer) observer.observe(part); else wake();
    for (const type of ["focusin", "pointerdown", "showdown:wake"]) part.addEventListener(type, wake, { once: true });
  }
  await hydrate(root, now, bundles, mount);
  for (const part of parts(ifStored)) {
    const prefix = part.getAttribute(ifStored);
    const start = () => hydrate(root, islandsIn(part), bundles, mount);
    if (hasStored(prefix)) {
      if (globalThis.requestIdleCallback) requestIdleCallback(start, { timeout: 2000 }); else setTimeout(start, 200);
      continue;
    }
    // Stored later by another tab of this site (a booking left waiting there).
    const stored = (e) => {
      if (!e.key?.startsWith(prefix) || e.newValue === null) return;
      removeEventListener("storage", stored);
      start();
    };
    addEventListener("storage", stored);
  }
}
