// A plain static file server for the built dist/, mounted under a sub-path so every test also
// proves the app works away from the server root. Usage: node serve.mjs DIST PORT BASE
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const [dist = "../../dist", port = "8787", base = "/a/b/register/"] = process.argv.slice(2);
const root = resolve(dist);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404).end("not under " + base);
    return;
  }
  let file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    let body = await readFile(file);
    // Tests of a stalled server: with the cookie stall-register=headers the register's request
    // is never answered; with stall-register=body it gets its headers and half its body, and then
    // nothing (the connection stays open, as with a server that hangs).
    const stall = file.endsWith("register.json") && /(?:^|;\s*)stall-register=(headers|body)/.exec(req.headers.cookie ?? "");
    if (stall) {
      if (stall[1] === "body") {
        res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
        res.write(body.subarray(0, Math.floor(body.length / 2)));
      }
      return;
    }
    // Tests simulate a new release for one browser context: with the cookie sw-bump=N the worker
    // script differs by a comment, which the browser treats as a new version.
    const bump = /(?:^|;\s*)sw-bump=(\w+)/.exec(req.headers.cookie ?? "");
    if (bump && file.endsWith("sw.js")) body = Buffer.concat([body, Buffer.from(`\n// release ${bump[1]}\n`)]);
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "content-length": body.length,
    });
    // Tests of the loading line: with the cookie slow-register=MS the register arrives in ten
    // pieces over MS milliseconds, as over a slow network.
    // Tests of a link's progress: with the cookie slow-app=MS the wasm arrives likewise.
    const slow =
      (file.endsWith("register.json") && /(?:^|;\s*)slow-register=(\d+)/.exec(req.headers.cookie ?? "")) ||
      (file.endsWith(".wasm") && /(?:^|;\s*)slow-app=(\d+)/.exec(req.headers.cookie ?? ""));
    if (slow) {
      const pieces = 10;
      for (let i = 0; i < pieces; i++) {
        res.write(body.subarray(Math.floor((i * body.length) / pieces), Math.floor(((i + 1) * body.length) / pieces)));
        await new Promise((r) => setTimeout(r, Number(slow[1]) / pieces));
      }
      res.end();
      return;
    }
    res.end(body);
  } catch {
    res.writeHead(404).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
