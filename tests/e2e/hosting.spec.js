// The shipped server configurations in real servers, each serving dist/ as built under
// /samverkan/ (started by playwright.config.js): deploy/nginx.conf in Debian's nginx
// (tests/hosting/nginx.sh) and deploy/apache.htaccess in Debian's Apache httpd
// (tests/hosting/apache.sh). The headers README promises, compression, a publication's files
// never served from a stale precompressed copy, and the shared-link and offline paths through each.
import { readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { test, expect, controlled, listedIds } from "./fixtures.js";
import { APACHE_PORT, APACHE_URL, NGINX_PORT, NGINX_URL } from "./playwright.config.js";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** Each server, and the folder it serves (a copy of dist/ made by its script). */
const SERVERS = [
  { name: "nginx", url: NGINX_URL, site: fileURLToPath(new URL(`../../target/nginx-${NGINX_PORT}/dist/`, import.meta.url)) },
  { name: "Apache", url: APACHE_URL, site: `/tmp/samverkan-apache-${APACHE_PORT}/www/samverkan/` },
];
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/;
/** What a publication replaces (docs/PUBLISHING.md), and what a release replaces. */
const REPLACED = ["index.html", "register.json", "register.csv", "dcat.rdf", "open-data.json", "sw.js", "gate.js"];

const CSP_HEADER =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

async function built() {
  const files = await readdir(DIST);
  const wasm = files.find((f) => f.endsWith("_bg.wasm"));
  const css = files.find((f) => /^style-.*\.css$/.test(f));
  const js = files.find((f) => /^samverkansregistret-[0-9a-f]{10,16}\.js$/.test(f));
  return { files, wasm, css, js };
}

/** GET with the given Accept-Encoding; headers and the decoded body. */
async function get(request, server, path, encoding) {
  const r = await request.get(server.url + path, { headers: { "accept-encoding": encoding } });
  expect(r.status(), path).toBe(200);
  return { headers: r.headers(), body: await r.body() };
}

test("the build precompresses exactly the hashed files, never one a publication or a release replaces", async () => {
  // Trunk's hash has no leading zeros: a 15-digit one (seen in a build) is a hashed file too.
  for (const name of ["samverkansregistret-abaf1b86af2632b.js", "samverkansregistret-abaf1b86af2632b_bg.wasm", "boot-d1a6fc306d4b5815.js"]) {
    expect(HASHED.test(name), name).toBe(true);
  }
  for (const name of ["register.json", "index.html", "gate.js", "sw.js"]) expect(HASHED.test(name), name).toBe(false);
  const { files } = await built();
  const hashed = files.filter((f) => HASHED.test(f));
  expect(hashed.filter((f) => f.endsWith(".wasm"))).toHaveLength(1);
  expect(hashed.length).toBeGreaterThanOrEqual(4);
  for (const f of hashed) {
    expect(files, f).toContain(`${f}.br`);
    expect(files, f).toContain(`${f}.gz`);
  }
  const compressed = files.filter((f) => /\.(br|gz)$/.test(f));
  expect(compressed.sort()).toEqual(hashed.flatMap((f) => [`${f}.br`, `${f}.gz`]).sort());
  for (const f of REPLACED) expect(files).toContain(f);
});

test("the three shipped configurations send the page's own policy plus frame-ancestors, and know the wasm", async () => {
  const page = await readFile(DIST + "index.html", "utf8");
  const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  expect(CSP_HEADER).toBe(`${meta}; frame-ancestors 'self'`);
  for (const file of ["nginx.conf", "apache.htaccess", "web.config"]) {
    const text = await readFile(fileURLToPath(new URL(`../../deploy/${file}`, import.meta.url)), "utf8");
    expect(text, file).toContain(CSP_HEADER);
    expect(text, file).toContain("application/wasm");
    expect(text, file).toContain("application/manifest+json");
    expect(text, file).toContain("max-age=31536000, immutable");
    expect(text, file).toContain("-[0-9a-f]{10,16}(_bg)?");
  }
});

for (const server of SERVERS) test.describe(server.name, () => {
  test("sends every header README asks for, and compresses what it sends", async ({ request }) => {
    const { wasm, css, js } = await built();
    // The page: the CSP with frame-ancestors, never kept without asking, compressed on the fly.
    const page = await get(request, server, "", "gzip");
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["content-security-policy"]).toBe(CSP_HEADER);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.body.toString()).toContain('<div id="forhandsvisning">');
    // The wasm: its MIME type, kept for a year, sent as the build compressed it.
    const raw = await get(request, server, wasm, "identity");
    expect(raw.headers["content-type"]).toBe("application/wasm");
    expect(raw.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(raw.headers["content-encoding"]).toBeUndefined();
    const brotli = await get(request, server, wasm, "br, gzip");
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toBe("application/wasm");
    expect(Number(brotli.headers["content-length"])).toBe(await sizeOf(server, `${wasm}.br`));
    expect(brotli.body.equals(raw.body)).toBe(true);
    const gzip = await get(request, server, wasm, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzip.headers["content-length"])).toBe(await sizeOf(server, `${wasm}.gz`));
    expect(gzip.body.equals(raw.body)).toBe(true);
    // Less than half the wasm goes over the wire.
    expect(Number(brotli.headers["content-length"])).toBeLessThan(raw.body.length / 2.5);
    for (const [file, type] of [[css, "text/css; charset=utf-8"], [js, "text/javascript; charset=utf-8"]]) {
      const r = await get(request, server, file, "br");
      expect(r.headers["content-type"], file).toBe(type);
      expect(r.headers["content-encoding"], file).toBe("br");
      expect(r.headers["cache-control"], file).toBe("public, max-age=31536000, immutable");
    }
    // The register and the open data: asked for again every time, compressed on the fly.
    const register = await get(request, server, "register.json", "gzip");
    expect(register.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(register.headers["cache-control"]).toBe("no-cache");
    expect(register.headers["content-encoding"]).toBe("gzip");
    expect(register.headers["vary"]).toContain("Accept-Encoding");
    expect(JSON.parse(register.body.toString()).entries).toHaveLength(18);
    for (const [file, type] of [
      ["register.csv", "text/csv; charset=utf-8"],
      ["dcat.rdf", "application/rdf+xml; charset=utf-8"],
      ["manifest.webmanifest", "application/manifest+json; charset=utf-8"],
      ["sw.js", "text/javascript; charset=utf-8"],
      ["gate.js", "text/javascript; charset=utf-8"],
    ]) {
      const r = await get(request, server, file, "identity");
      expect(r.headers["content-type"], file).toBe(type);
      expect(r.headers["cache-control"], file).toBe("no-cache");
    }
  });


  test("a stale precompressed copy left beside a replaced file is never served", async ({ request }) => {
    // IT replaced register.json and index.html; an old register.json.gz / .br (and index.html.gz /
    // .br) from some earlier tool stayed behind. nginx must send the new files.
    const stale = Buffer.from(JSON.stringify({ stale: true }));
    const left = [];
    try {
      for (const f of ["register.json", "index.html", "register.csv"]) {
        for (const [ext, pack] of [[".gz", gzipSync], [".br", brotliCompressSync]]) {
          await writeFile(server.site + f + ext, pack(stale));
          left.push(server.site + f + ext);
        }
      }
      for (const encoding of ["gzip", "br", "br, gzip"]) {
        const register = await get(request, server, "register.json", encoding);
        expect(JSON.parse(register.body.toString()).entries, encoding).toHaveLength(18);
        const page = await get(request, server, "", encoding);
        expect(page.body.toString(), encoding).toContain('<div id="forhandsvisning">');
        const csv = await get(request, server, "register.csv", encoding);
        expect(csv.body.toString(), encoding).not.toContain("stale");
      }
    } finally {
      for (const f of left) await rm(f, { force: true });
    }
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    test("a shared link opens at its view, with the wasm sent compressed", async ({ page }) => {
      const encodings = new Map();
      page.on("response", async (r) => {
        if (/\.(wasm|js|css)$/.test(new URL(r.url()).pathname)) encodings.set(new URL(r.url()).pathname, (await r.allHeaders())["content-encoding"]);
      });
      await page.goto(`${server.url}?akademi=sh&status=aktiv&vy=tabell`);
      await expect(page.locator("#antal")).toBeVisible();
      await expect(page.locator("#f-akademi-sh")).toBeChecked();
      await expect(page.locator("#f-status-aktiv")).toBeChecked();
      await expect(page.locator("#vy-rubrik")).toHaveText("Samverkan i tabellform");
      const rows = page.locator("table#tabell tbody tr");
      expect(await rows.count()).toBeGreaterThan(0);
      await expect(page.locator("#antal")).toHaveText(`${await rows.count()} av 18 poster`);
      const wasm = [...encodings].find(([p]) => p.endsWith(".wasm"));
      expect(wasm?.[1]).toBe("br");
    });

    test("after one visit, any link works with the network off", async ({ page, context }) => {
      await page.goto(server.url);
      await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
      await controlled(page);
      await context.setOffline(true);
      await page.goto(`${server.url}?q=orebro`);
      await expect(page.locator("#antal")).toBeVisible();
      expect(await listedIds(page)).toEqual(["huddingetrainee-socionom"]);
      await page.goto(`${server.url}?forvaltning=gaf&vy=relation`);
      await expect(page.locator("table#matris")).toBeVisible();
      await expect(page.locator("#offline")).toContainText("Du är offline.");
      await context.setOffline(false);
    });
  });
});

/** The size of a file a server serves. */
async function sizeOf(server, file) {
  return (await stat(server.site + file)).size;
}
