// The tests' booking receiver: a real HTTP server on loopback that records every
// request it gets and answers as told (CORS included, so pages on another origin
// can post to it, JSON posts preflighted).
//
// Modes (set with setMode, or POST /__mode {"mode": "..."}):
//   ok (201 {"ok":true}), fields (422 Formspree-style field errors), error (500),
//   unavailable (503), busy (429 with Retry-After: 120, readable across origins),
//   hang (never answers), reject (400 with a general error).
//
// By hand, to watch real posts arrive while running `trunk serve`:
//   node tests/support/receiver.mjs --port 9009
// then build with SHOWDOWN_CONTACT_ENDPOINT=http://127.0.0.1:9009/bookings.
import { createServer } from "node:http";

export async function startReceiver({ port = 0, host = "127.0.0.1", log = false } = {}) {
  const received = [];
  const hanging = [];
  let mode = "ok";
  const cors = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "POST, OPTIONS",
    "access-control-allow-headers": "content-type, accept",
    "access-control-max-age": "600",
    "access-control-expose-headers": "retry-after",
  };
  const server = createServer((req, res) => {
    let chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (req.method === "OPTIONS") {
        received.push({ method: req.method, url: req.url, headers: req.headers, body, at: Date.now(), mode });
        res.writeHead(204, cors);
        return res.end();
      }
      if (req.url === "/__mode") { mode = JSON.parse(body).mode; res.writeHead(204, cors); return res.end(); }
      const entry = { method: req.method, url: req.url, headers: req.headers, body, at: Date.now(), mode };
      received.push(entry);
      if (log) console.log(`${new Date().toISOString()} ${req.method} ${req.url} (${req.headers["content-type"]})\n${body}\n`);
      const json = (status, obj) => { res.writeHead(status, { ...cors, "content-type": "application/json" }); res.end(JSON.stringify(obj)); };
      switch (mode) {
        case "ok": return json(201, { ok: true });
        case "fields": return json(422, { errors: [
          { field: "email", message: "This address bounced: please use another one." },
          { field: "name", message: "Please give your name as it appears on your ID." },
        ] });
        case "reject": return json(400, { errors: [{ message: "Submissions are closed this week." }] });
        case "error": return json(500, { error: "boom" });
        case "unavailable": return json(503, { error: "down for maintenance" });
        case "busy": res.setHeader("retry-after", "120"); return json(429, { error: "slow down" });
        case "hang": hanging.push(res); return;
        default: return json(200, { ok: true });
      }
    });
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    received,
    posts: () => received.filter((r) => r.method === "POST"),
    setMode: (m) => { mode = m; },
    close: () => new Promise((ok) => { hanging.forEach((r) => r.destroy()); server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--port");
  const r = await startReceiver({ port: i > 0 ? Number(process.argv[i + 1]) : 9009, log: true });
  console.log(`receiver listening at ${r.url}/ (any path; answers 201). Ctrl-C to stop.`);
}
