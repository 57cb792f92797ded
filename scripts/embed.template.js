// Showdown embed loader (dist/embed.js). Usage on any page:
//   <script type="module" src="https://cdn.example.com/showdown/embed.js"></script>
//   <div data-showdown="quiz" data-endpoint="https://hooks.example.com/meetings"></div>
// Mounts each [data-showdown] element (now and when added later) into its own shadow root.
// The file names below are written by scripts/post-build.mjs at build time.
const JS = "__SHOWDOWN_JS__";
const WASM = "__SHOWDOWN_WASM__";
const CSS = "__SHOWDOWN_CSS__";

const state = (globalThis.__showdownEmbed ??= { started: false, mounted: new WeakSet(), next: 1 });

async function start() {
  if (state.started) return; // loaded twice: the first copy already watches the page
  state.started = true;
  const here = import.meta.url;
  const [app, css] = await Promise.all([
    import(new URL(JS, here).href),
    fetch(new URL(CSS, here)).then((r) => (r.ok ? r.text() : "")),
  ]);
  await app.default({ module_or_path: new URL(WASM, here) });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  const mount = (el) => {
    if (state.mounted.has(el)) return;
    state.mounted.add(el);
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [sheet];
    const root = document.createElement("div");
    shadow.append(root);
    const d = el.dataset;
    app.mount_embed(root, state.next++, d.showdown ?? "", d.endpoint ?? null, d.endpointFormat ?? null, d.theme ?? null, d.shareUrl ?? null);
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
