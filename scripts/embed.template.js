// Showdown embed loader (dist/embed.js). Usage on any page:
//   <script type="module" src="https://cdn.example.com/showdown/embed.js"></script>
//   <div data-showdown="quiz" data-endpoint="https://hooks.example.com/meetings"></div>
// Each [data-showdown] element (now and when added later) gets its own shadow root with
// the sections it names, as the build prerendered them, whose islands then hydrate with
// the bundles that have them. Everything resolves against this file's own URL, so dist/
// can live on a CDN. scripts/post-build.mjs writes the names below at build time.
const ISLANDS = "__SHOWDOWN_ISLANDS__";
const CSS = __SHOWDOWN_CSS__;
const BUNDLES = __SHOWDOWN_BUNDLES__;
// { sections: {name: fragment file}, all: [names], covers: {name: [names]}, idPrefix, linkBase,
//   outbox: the outbox notice's fragment, outboxKey: its storage keys' start, ifStored: its attribute }
const SECTIONS = __SHOWDOWN_SECTIONS__;

const state = (globalThis.__showdownEmbed ??= { started: false, mounted: new WeakSet(), next: 1, seen: new Map() });
const at = (file) => new URL(file, import.meta.url).href;

/** The sections `data-showdown` names, in the page's order, each once. */
function sectionsOf(value) {
  const names = value.split(",").map((s) => s.trim().toLowerCase());
  const named = Object.keys(SECTIONS.sections).filter((s) => names.includes(s) || (names.includes("all") && SECTIONS.all.includes(s)));
  return named.filter((s) => !named.some((other) => SECTIONS.covers[other]?.includes(s)));
}

const fragments = new Map();
/** A fragment's prerendered HTML (a section's, or the outbox notice's), fetched once per page and parsed (never run). */
function fragment(file) {
  if (!fragments.has(file)) {
    fragments.set(file, fetch(at(file)).then((r) => {
      if (!r.ok) throw new Error(`showdown: cannot load ${file}: ${r.status}`);
      return r.text();
    }).then((html) => new DOMParser().parseFromString(html, "text/html").body));
  }
  return fragments.get(file);
}

const REFERENCES = ["id", "for", "name", "aria-labelledby", "aria-describedby", "aria-controls"];
/**
 * Gives a copy of the build's section this instance's own ids (the build renders them with
 * one placeholder prefix) and points its links to the full page at `shareUrl`.
 */
function localise(root, prefix, shareUrl) {
  for (const el of root.querySelectorAll("*")) {
    for (const attr of REFERENCES) {
      const value = el.getAttribute(attr);
      if (value?.includes(SECTIONS.idPrefix)) {
        el.setAttribute(attr, value.split(/\s+/).map((v) => v.startsWith(SECTIONS.idPrefix) ? prefix + v.slice(SECTIONS.idPrefix.length) : v).join(" "));
      }
    }
    const href = el.getAttribute("href");
    if (href?.startsWith(SECTIONS.linkBase) && shareUrl) el.setAttribute("href", shareUrl.replace(/\/$/, "") + href.slice(SECTIONS.linkBase.length));
    if (href?.startsWith("#" + SECTIONS.idPrefix)) el.setAttribute("href", "#" + prefix + href.slice(1 + SECTIONS.idPrefix.length));
  }
}

/**
 * Under which key this instance keeps its drafts and answers: the mount's own id, or its
 * sections, the host page's path and its place among the mounts with the same sections
 * (so widgets of other kinds added or moved on the page never change it).
 */
function storageSuffix(el, sections) {
  if (el.id) return `#${el.id}`;
  const kind = `${sections.join(",")}@${location.pathname}`;
  const n = (state.seen.get(kind) ?? 0) + 1;
  state.seen.set(kind, n);
  return `${kind}#${n}`;
}

async function start() {
  if (state.started) return; // loaded twice: the first copy already watches the page
  state.started = true;
  const bundles = BUNDLES.map((b) => ({ ...b, js: at(b.js), wasm: at(b.js.replace(/\.js$/, "_bg.wasm")) }));
  // Stylesheets, each fetched once and shared by every widget that needs it: the base for
  // all, and each section's own for the widgets that show it.
  const sheets = new Map();
  const sheetOf = (file) => {
    if (!sheets.has(file)) {
      sheets.set(file, fetch(at(file)).then((r) => (r.ok ? r.text() : "")).then((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      }));
    }
    return sheets.get(file);
  };
  const { hydrateIslands, hasStored } = await import(at(ISLANDS));

  const mount = async (el) => {
    if (state.mounted.has(el)) return;
    state.mounted.add(el);
    const d = el.dataset;
    const sections = sectionsOf(d.showdown ?? "");
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: "open" });
    const files = [...new Set([...CSS.base, ...sections.map((s) => CSS.sections[s])])];
    const styled = Promise.all(files.map(sheetOf)).then((list) => { shadow.adoptedStyleSheets = list; });
    const root = document.createElement("div");
    root.className = "showdown sd-embed";
    const theme = (d.theme ?? "").trim();
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
    shadow.append(root);
    if (!sections.length) {
      const note = document.createElement("p");
      note.className = "sd-embed-note";
      note.textContent = "Nothing to show here: data-showdown should name article, differences, quiz, contact or all.";
      root.append(note);
    }
    const prefix = `sd${state.next++}-`;
    const suffix = storageSuffix(el, sections);
    // With a booking waiting in this browser, every widget also gets the outbox's notice,
    // which sends it (the booking form's widget sends it too).
    const parts = sections.map((s) => SECTIONS.sections[s]);
    if (sections.length && hasStored(SECTIONS.outboxKey)) parts.push(SECTIONS.outbox);
    const [bodies] = await Promise.all([Promise.all(parts.map(fragment)), styled]);
    for (const body of bodies) {
      root.append(...[...body.childNodes].map((n) => document.importNode(n, true)));
    }
    const shareUrl = /^https?:\/\//.test(d.shareUrl?.trim() ?? "") ? d.shareUrl.trim() : undefined;
    localise(root, prefix, shareUrl);
    await hydrateIslands(root, bundles, { ifStored: SECTIONS.ifStored, mount: {
      idPrefix: prefix, shareUrl, endpoint: d.endpoint, endpointFormat: d.endpointFormat,
      storageSuffix: suffix,
    } });
    root.setAttribute("data-mounted", "");
  };
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (node.matches("[data-showdown]")) mount(node);
    node.querySelectorAll("[data-showdown]").forEach(mount);
  };
  scan(document.documentElement);
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(scan)))
    .observe(document.documentElement, { childList: true, subtree: true });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
