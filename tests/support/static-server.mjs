// A static file server for dist/, as a static host would serve it: correct MIME types
// (application/wasm for streaming compilation), directory index.html files, and an SPA
// fallback (a path without a file extension that matches nothing gets index.html).
// Options: inject <meta> tags into HTML (how a site owner configures the form), CORS
// headers (so a page on another origin can load embed.js and its files), the site under a
// sub-path (`base`), the build's `_headers` file sent as Netlify and Cloudflare Pages send it
// (`headersFile`), and unknown paths answered with 404.html and a 404 (`notFound`), as
// GitHub Pages does; `headers` are sent with every answer.
//
//   node tests/support/static-server.mjs <dir> [--port N] [--base /blog/golang-vs-python/]
// (from the command line it sends dir/_headers when there is one)
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon", ".xml": "application/xml",
};

/**
 * The headers a `_headers` file (Netlify's format: a path pattern with `*` wildcards, then
 * indented `Name: value` lines) gives a path: those of every rule that matches it.
 */
export function headersRules(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const at = line.indexOf(":");
    if (!rules.length || at < 0) throw new Error(`_headers: cannot read the line ${JSON.stringify(line)}`);
    rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}

/** Starts a server for `dir`; resolves to { url, port, close() }. */
// `spaOnly`: serve index.html for every extensionless path, like a host that knows
// nothing of the per-view files (quiz/index.html, contact/index.html).
export async function serveStatic(dir, { port = 0, meta = {}, cors = false, host = "127.0.0.1", extraFiles = {}, spaOnly = false,
  base = "/", headersFile = false, notFound = null, headers: always = {} } = {}) {
  const root = normalize(dir);
  const headersFor = headersFile ? headersRules(readFileSync(join(root, "_headers"), "utf8")) : () => ({});
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      const full = decodeURIComponent(url.pathname);
      if (extraFiles[full] === undefined && !full.startsWith(base) && full + "/" !== base) {
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not under the site's path");
      }
      if (full + "/" === base) { res.writeHead(301, { location: base }); return res.end(); }
      let path = extraFiles[full] === undefined ? "/" + full.slice(base.length) : full;
      if (extraFiles[path] !== undefined) {
        const type = TYPES[extname(path)] || "text/html; charset=utf-8";
        res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...always });
        return res.end(extraFiles[path]);
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
      let info = spaOnly && !extname(path) ? null : await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, "index.html"); info = await stat(file).catch(() => null); }
      let status = 200;
      if (!info) {
        if (notFound) { status = 404; file = join(root, notFound); }
        else if (extname(path)) { res.writeHead(404, { "content-type": "text/plain" }); return res.end("not found"); }
        else file = join(root, "index.html");
      }
      let body = await readFile(file);
      const type = TYPES[extname(file)] || "application/octet-stream";
      if (type.startsWith("text/html") && Object.keys(meta).length) {
        const tags = Object.entries(meta).map(([n, c]) => `<meta name="${n}" content="${c}">`).join("");
        // After <meta charset> (a minified page has no <head> tag).
        body = Buffer.from(body.toString("utf8").replace(/<meta charset=[^>]*>/i, (m) => m + tags));
      }
      const headers = headersFile
        ? { "cache-control": "no-cache", ...headersFor(full), "content-type": type }
        : { "content-type": type, "cache-control": type.startsWith("text/html") ? "no-cache" : "max-age=31536000, immutable" };
      if (cors) headers["access-control-allow-origin"] = "*";
      res.writeHead(status, { ...headers, ...always });
      res.end(body);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return { url: `http://${host}:${actual}`, port: actual, close: () => new Promise((ok) => server.close(ok)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || "dist";
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const base = arg("--base") ?? "/";
  const s = await serveStatic(dir, { port: Number(arg("--port") ?? 8080), base, headersFile: existsSync(join(dir, "_headers")) });
  console.log(`serving ${dir} at ${s.url}${base}`);
}
