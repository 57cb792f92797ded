// A static file server for dist/, as a static host would serve it: correct MIME types
// (application/wasm for streaming compilation), directory index.html files, and an SPA
// fallback (a path without a file extension that matches nothing gets index.html).
// Options: inject <meta> tags into HTML (how a site owner configures the form), and
// CORS headers (so a page on another origin can load embed.js and its files).
//
//   node tests/support/static-server.mjs <dir> [--port N]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, extname, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".txt": "text/plain; charset=utf-8", ".ico": "image/x-icon", ".xml": "application/xml",
};

/** Starts a server for `dir`; resolves to { url, port, close() }. */
// `spaOnly`: serve index.html for every extensionless path, like a host that knows
// nothing of the per-view files (quiz/index.html, contact/index.html).
export async function serveStatic(dir, { port = 0, meta = {}, cors = false, host = "127.0.0.1", extraFiles = {}, spaOnly = false } = {}) {
  const root = normalize(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = decodeURIComponent(url.pathname);
      if (extraFiles[path] !== undefined) {
        const type = TYPES[extname(path)] || "text/html; charset=utf-8";
        res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
        return res.end(extraFiles[path]);
      }
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
      let info = spaOnly && !extname(path) ? null : await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, "index.html"); info = await stat(file).catch(() => null); }
      let status = 200;
      if (!info) {
        if (extname(path)) { res.writeHead(404, { "content-type": "text/plain" }); return res.end("not found"); }
        file = join(root, "index.html");
      }
      let body = await readFile(file);
      const type = TYPES[extname(file)] || "application/octet-stream";
      if (type.startsWith("text/html") && Object.keys(meta).length) {
        const tags = Object.entries(meta).map(([n, c]) => `<meta name="${n}" content="${c}">`).join("");
        // After <meta charset> (a minified page has no <head> tag).
        body = Buffer.from(body.toString("utf8").replace(/<meta charset=[^>]*>/i, (m) => m + tags));
      }
      const headers = { "content-type": type, "cache-control": type.startsWith("text/html") ? "no-cache" : "max-age=31536000, immutable" };
      if (cors) headers["access-control-allow-origin"] = "*";
      res.writeHead(status, headers);
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
  const i = process.argv.indexOf("--port");
  const s = await serveStatic(dir, { port: i > 0 ? Number(process.argv[i + 1]) : 8080 });
  console.log(`serving ${dir} at ${s.url}/`);
}
