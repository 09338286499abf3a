// The benchmark run (scripts/bench.sh builds everything first, then runs this):
//   1. transfer size of what the first render needs, raw, gzip and brotli;
//   2. first result painted, cold, against a static-HTML copy of the same first screen, and how
//      far the first screen moves when the app replaces it (1280 and 390 px);
//   3. keystroke-to-paint latency at 1,000 / 10,000 / 50,000 entries;
//   4. memory (JS heap + wasm memory) after load, and the longest task while loading, at each size;
//   5. the search core against MiniSearch and Fuse.js in Node (core.mjs);
//   6. a shared link opened on a phone on slow 4G: dist/ behind deploy/nginx.conf in a real nginx,
//      against one static page of the same bytes over the same profile, and python3 -m http.server.
// Results go to bench/results.json; BENCHMARKS.md explains them. Timing lives here, never in tests.
import { spawn } from "node:child_process";
import { cp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { cpus, totalmem, release } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { coreBench } from "./core.mjs";
import { QUERIES, TODAY } from "./queries.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const bench = join(root, "target/bench");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
const BASE = "/kommun/samverkan/";

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Serves `dir` under BASE on `port` with the e2e tests' static server; resolves once it answers. */
async function serve(dir, port) {
  const child = spawn("node", [join(root, "tests/e2e/serve.mjs"), dir, String(port), BASE], { stdio: "ignore" });
  return waitFor(`http://127.0.0.1:${port}${BASE}`, () => child.kill());
}

// Installed before any page script: records when the first result is painted (pre-rendered or
// not), when the app is ready (its result count, #antal, is painted), every input's latency to
// the frame after it, and the wasm instance once trunk has started it.
const PROBE = () => {
  const nextPaint = (f) =>
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => f(performance.now());
      c.port2.postMessage(0);
    });
  window.__lat = [];
  window.__measure = true;
  const when = (selector, key) =>
    new MutationObserver((_, obs) => {
      if (document.querySelector(selector)) {
        obs.disconnect();
        nextPaint((t) => (window[key] = t));
      }
    }).observe(document, { childList: true, subtree: true });
  when("li.entry", "__firstResult");
  when("#antal", "__ready");
  window.addEventListener(
    "input",
    (e) => {
      const t0 = e.timeStamp;
      if (!window.__measure) return;
      // [work, total]: to the start of the next frame (the app's script and microtasks), and
      // to just after that frame was painted.
      requestAnimationFrame(() => {
        const work = performance.now() - t0;
        const c = new MessageChannel();
        c.port1.onmessage = () => window.__lat.push([work, performance.now() - t0]);
        c.port2.postMessage(0);
      });
    },
    true,
  );
  addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
  // Tasks over 50 ms while the page loads: the page cannot paint or scroll during one.
  window.__long = [];
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: "longtask", buffered: true });
  } catch {}
};

async function page(browser) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(PROBE);
  const p = await context.newPage();
  return { context, page: p };
}

/**
 * Cold load (fresh context: empty cache, no service worker): ms to the first result painted and,
 * for the app, to the app ready; the files loaded, and which of them blocked rendering.
 */
async function coldLoad(browser, url, { app = true } = {}) {
  const { context, page: p } = await page(browser);
  await p.goto(url);
  await p.waitForFunction(
    (app) => window.__firstResult !== undefined && (!app || window.__ready !== undefined),
    app,
    { timeout: 120_000, polling: 20 },
  );
  const r = await p.evaluate(() => ({
    t: window.__firstResult,
    ready: window.__ready ?? null,
    longestTask: Math.max(0, ...window.__long),
    resources: performance.getEntriesByType("resource").map((e) => ({ url: e.name, blocking: e.renderBlockingStatus === "blocking" })),
  }));
  await context.close();
  return { ...r, requests: [url, ...r.resources.map((e) => e.url)], blocking: [url, ...r.resources.filter((e) => e.blocking).map((e) => e.url)] };
}

/**
 * How far the first screen's parts move when the app replaces the pre-rendered screen: the wasm
 * is held back until the pre-rendered page has been measured, then the app's page is measured
 * the same way. The largest move of any part, in CSS pixels, at a given width.
 */
async function firstScreenShift(browser, url, width) {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width, height: 800 } });
  const p = await context.newPage();
  let release;
  const held = new Promise((r) => (release = r));
  await p.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  const places = () =>
    p.evaluate(() =>
      [".site-header", "h1", ".search", "details.facet", ".count", ".actions", "li.entry:nth-child(-n+3)"]
        .flatMap((sel) => [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect()))
        .map((r) => [r.left, r.top, r.width, r.height]),
    );
  await p.goto(url);
  await p.waitForSelector("#forhandsvisning li.entry");
  const before = await places();
  release();
  await p.waitForSelector("#antal");
  await p.waitForFunction(() => !document.getElementById("forhandsvisning"));
  const after = await places();
  await context.close();
  if (before.length !== after.length) return { width, movedPx: null, parts: [before.length, after.length] };
  const moved = Math.max(0, ...before.flatMap((b, i) => b.map((v, k) => Math.abs(v - after[i][k]))));
  return { width, movedPx: round(moved, 1), parts: before.length };
}

/** Starts deploy/nginx.conf in Debian's nginx for `dist` (tests/hosting/nginx.sh); site at /samverkan/. */
async function nginx(dist, port) {
  const child = spawn(join(root, "tests/hosting/nginx.sh"), [String(port), dist], { stdio: "ignore", detached: true });
  return waitFor(`http://127.0.0.1:${port}/samverkan/`, () => process.kill(-child.pid));
}

/** python3 -m http.server (no compression, no configuration) with `dist` at /samverkan/. */
async function python(dist, port) {
  const top = join(bench, `python-${port}`);
  await rm(top, { recursive: true, force: true });
  await mkdir(top, { recursive: true });
  await cp(dist, join(top, "samverkan"), { recursive: true });
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", top], { stdio: "ignore" });
  return waitFor(`http://127.0.0.1:${port}/samverkan/`, () => child.kill());
}

async function waitFor(url, stop) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`${url} did not answer`);
}

/** A phone on slow 4G (issue 24): 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, CPU 4×
 * slower, 390×844 at DPR 2, touch. Chromium's own throttling, on the bytes as sent. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** A cold load of `url` on that phone: ms from navigation to the frame after `#antal` appears
 * (the view the link asks for is on screen), and the bytes that came over the network. */
async function phoneLoad(browser, url) {
  const context = await browser.newContext({
    serviceWorkers: "block",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  await context.addInitScript(PROBE);
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  await p.goto(url, { waitUntil: "commit" });
  await p.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000, polling: 50 });
  const ms = await p.evaluate(() => window.__ready);
  await context.close();
  return { ms, bytes };
}

/**
 * The floor for a link: the view the link shows, as one static page that weighs what the app's
 * load weighed on the wire. The view's HTML (scripts and preloads removed) comes after an
 * incompressible comment sized so that the page, as nginx sends it, is about `bytes` long: the
 * view can be painted only once all of them are in, as the app's can.
 */
async function makeLinkFloor(browser, appUrl, dist, bytes) {
  const html = await staticView(browser, appUrl);
  const view = brotliCompressSync(Buffer.from(html), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
  // N random bytes as base64 do not compress below N.
  const pad = randomBytes(Math.max(0, bytes - view)).toString("base64");
  return writeFloor("floor-link", dist, html.replace("<body", `<!-- ${pad} -->\n<body`));
}

/** The app's page at `url` once it is ready, as static HTML: every script and preload removed. */
async function staticView(browser, url) {
  const { context, page: p } = await page(browser);
  await p.goto(url);
  await p.waitForSelector("#antal");
  const html = await p.evaluate(() => "<!DOCTYPE html>\n" + document.documentElement.outerHTML);
  await context.close();
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>/g, "");
}

/** A copy of `dist` under target/bench/`name` with `html` as its index.html. */
async function writeFloor(name, dist, html) {
  const floor = join(bench, name);
  await rm(floor, { recursive: true, force: true });
  await cp(dist, floor, { recursive: true });
  await writeFile(join(floor, "index.html"), html);
  return floor;
}

async function sizes(dist, urls) {
  const files = [...new Set(urls.map((u) => decodeURIComponent(new URL(u).pathname.slice(BASE.length)) || "index.html"))];
  const rows = [];
  for (const f of files) {
    const data = await readFile(join(dist, f));
    rows.push({
      file: f,
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = (k) => rows.reduce((s, r) => s + r[k], 0);
  return { files: rows, raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") };
}

/** The app's first screen as static HTML: its rendered DOM with every script and preload removed. */
async function makeFloor(browser, appUrl, dist) {
  return writeFloor("floor", dist, await staticView(browser, appUrl));
}

/**
 * Types every query one character at a time, 100 ms apart like a quick typist, with the page
 * otherwise idle (polling by timer, not by animation frame, which would keep the frame clock
 * running): each input's [work, total] latency.
 */
async function keystrokes(p) {
  const box = p.locator("#sok");
  const samples = [];
  for (const q of QUERIES) {
    await p.evaluate(() => (window.__measure = false));
    await box.fill("");
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await p.evaluate(() => {
      window.__lat = [];
      window.__measure = true;
    });
    await box.focus();
    for (const [i, ch] of [...q].entries()) {
      await p.keyboard.type(ch);
      await p.waitForFunction((n) => window.__lat.length >= n, i + 1, { timeout: 60_000, polling: 20 });
      await p.waitForTimeout(100);
    }
    samples.push(...(await p.evaluate(() => window.__lat)));
  }
  return samples;
}

/** Median, p95 and max of the work and total latencies. */
function summarise(samples) {
  const work = samples.map((s) => s[0]);
  const total = samples.map((s) => s[1]);
  return {
    samples: samples.length,
    medianMs: round(median(total), 2),
    p95Ms: round(quantile(total, 0.95), 2),
    maxMs: round(Math.max(...total), 2),
    workMedianMs: round(median(work), 2),
    workP95Ms: round(quantile(work, 0.95), 2),
  };
}

async function memory(p) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await p.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  return { jsHeap: heap.usedSize, wasm, total: heap.usedSize + (wasm ?? 0) };
}

async function machine(browser) {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model ?? "?"} × ${cpu.length}`,
    memoryGiB: round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    chromium: browser.version(),
    node: process.version,
  };
}

const log = (...a) => console.error(...a);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  // Frames as soon as there is something to draw, so latency measures the work and the paint,
  // not the wait for the display's next vsync (up to 16.7 ms at 60 Hz).
  args: ["--no-sandbox", "--disable-gpu", "--disable-gpu-vsync", "--disable-frame-rate-limit", "--disable-background-networking", "--disable-component-update"],
});
const results = { date: new Date().toISOString(), today: TODAY, machine: await machine(browser), queries: QUERIES };
const servers = [];
try {
  // 1 + 2: the real register.
  const dist = join(root, "dist");
  const app = await serve(dist, 8891);
  servers.push(app);
  const floorDir = await makeFloor(browser, app.url, dist);
  const floor = await serve(floorDir, 8892);
  servers.push(floor);
  // BENCH_COMPARE: another build (an older release) loaded in turn with this one and the floor,
  // so "before → after" comes from one run on one machine state.
  const compareDir = process.env.BENCH_COMPARE ? resolve(process.env.BENCH_COMPARE) : null;
  const other = compareDir ? await serve(compareDir, 8890) : null;
  if (other) servers.push(other);
  log(`first result painted: ${COLD_RUNS} cold loads each of the app${other ? ", the compared build" : ""} and the static floor`);
  const appTimes = [];
  const readyTimes = [];
  const floorTimes = [];
  const otherTimes = [];
  const otherReady = [];
  let last;
  let lastOther;
  for (let i = 0; i < COLD_RUNS; i++) {
    last = await coldLoad(browser, app.url);
    appTimes.push(last.t);
    readyTimes.push(last.ready);
    if (other) {
      lastOther = await coldLoad(browser, other.url);
      otherTimes.push(lastOther.t);
      otherReady.push(lastOther.ready);
    }
    floorTimes.push((await coldLoad(browser, floor.url, { app: false })).t);
  }
  if (other) {
    const mine = (urls) => urls.filter((u) => u.startsWith(other.url));
    results.compare = {
      dir: compareDir,
      runs: COLD_RUNS,
      firstResultMs: round(median(otherTimes)),
      ratio: round(median(otherTimes) / median(floorTimes), 2),
      appReadyMs: round(median(otherReady)),
      readyRatio: round(median(otherReady) / median(floorTimes), 2),
      interactive: await sizes(compareDir, mine(lastOther.requests)),
    };
    const c = results.compare;
    log(`  compared build: first result ${c.firstResultMs} ms (${c.ratio}×), app ready ${c.appReadyMs} ms (${c.readyRatio}×), until ready ${c.interactive.brotli} B brotli`);
  }
  const own = (urls) => urls.filter((u) => u.startsWith(app.url));
  results.transfer = {
    // What the browser must have before it can paint the first result (render-blocking).
    firstRender: await sizes(dist, own(last.blocking)),
    // Everything loaded until the app is ready (search, filters, editing).
    interactive: await sizes(dist, own(last.requests)),
  };
  results.firstResult = {
    runs: COLD_RUNS,
    appMs: round(median(appTimes)),
    floorMs: round(median(floorTimes)),
    ratio: round(median(appTimes) / median(floorTimes), 2),
    appReadyMs: round(median(readyTimes)),
    readyRatio: round(median(readyTimes) / median(floorTimes), 2),
    appAll: appTimes.map((t) => round(t)),
    readyAll: readyTimes.map((t) => round(t)),
    floorAll: floorTimes.map((t) => round(t)),
  };
  const f = results.firstResult;
  log(`  first result: app ${f.appMs} ms, floor ${f.floorMs} ms, ratio ${f.ratio}; app ready ${f.appReadyMs} ms (${f.readyRatio}×)`);
  log(`  transfer, first render: ${results.transfer.firstRender.brotli} B brotli, ${results.transfer.firstRender.gzip} B gzip`);
  log(`  transfer, until ready:  ${results.transfer.interactive.brotli} B brotli, ${results.transfer.interactive.gzip} B gzip`);
  results.layoutShift = [await firstScreenShift(browser, app.url, 1280), await firstScreenShift(browser, app.url, 390)];
  log(`  first screen moves when the app takes over: ${results.layoutShift.map((l) => `${l.movedPx} px at ${l.width}`).join(", ")}`);
  // The browser's own cost of a keystroke: the static page's search box has no app behind it.
  {
    const { context, page: p } = await page(browser);
    await p.goto(floor.url);
    const lat = await keystrokes(p);
    results.keystrokeFloor = summarise(lat);
    await context.close();
  }
  // The browser's cost of repainting a changed result list, with no app work: the static page
  // re-orders all its rows and rewrites its count on every keystroke.
  {
    const { context, page: p } = await page(browser);
    await p.goto(floor.url);
    await p.evaluate(() => {
      const list = document.querySelector("ul.entries");
      const count = document.querySelector("#antal");
      document.querySelector("#sok").addEventListener("input", (e) => {
        list.append(...[...list.children].reverse());
        if (count) count.textContent = `${e.target.value.length} av 18 poster`;
      });
    });
    results.keystrokeRepaintFloor = summarise(await keystrokes(p));
    await context.close();
  }
  log(`  keystroke floors: static input ${results.keystrokeFloor.medianMs} / ${results.keystrokeFloor.p95Ms} ms, static list repaint ${results.keystrokeRepaintFloor.medianMs} / ${results.keystrokeRepaintFloor.p95Ms} ms (median / p95)`);

  // 3 + 4: synthetic registers.
  results.sizes = [];
  for (const [k, n] of SIZES.entries()) {
    const s = await serve(join(bench, `dist-${n}`), 8893 + k);
    servers.push(s);
    // Median of a few cold loads: the first result and the app ready.
    const loads = [];
    for (let i = 0; i < Math.max(3, Math.round(COLD_RUNS / 3)); i++) loads.push(await coldLoad(browser, s.url));
    const load = { t: median(loads.map((l) => l.t)), ready: median(loads.map((l) => l.ready)), longestTask: median(loads.map((l) => l.longestTask)) };
    const { context, page: p } = await page(browser);
    await p.goto(s.url);
    await p.waitForSelector("#antal", { timeout: 120_000 });
    const rows = await p.locator("li.entry").count();
    const mem = await memory(p);
    const lat = await keystrokes(p);
    await context.close();
    const row = {
      entries: n,
      firstResultMs: round(load.t),
      appReadyMs: round(load.ready),
      longestTaskMs: round(load.longestTask),
      memoryMB: { jsHeap: round(mem.jsHeap / 1e6), wasm: round(mem.wasm / 1e6), total: round(mem.total / 1e6) },
      keystroke: summarise(lat),
      rowsRendered: rows,
    };
    results.sizes.push(row);
    log(`  ${n} entries: first result ${row.firstResultMs} ms, ready ${row.appReadyMs} ms (longest task ${row.longestTaskMs} ms), memory ${row.memoryMB.total} MB, keystroke median ${row.keystroke.medianMs} ms p95 ${row.keystroke.p95Ms} ms (work ${row.keystroke.workMedianMs} / ${row.keystroke.workP95Ms} ms)`);
  }

  // 6: the shared link (the QR code's) on a phone on slow 4G.
  {
    const LINK = "?akademi=sh&status=aktiv&vy=tabell";
    const runs = Math.max(3, Math.round(COLD_RUNS / 3));
    const viaNginx = await nginx(dist, 8897);
    servers.push(viaNginx);
    const viaPython = await python(dist, 8898);
    servers.push(viaPython);
    log(`shared link on a phone on slow 4G: ${runs} cold loads each through nginx, the floor and python3 -m http.server`);
    const app = [];
    for (let i = 0; i < runs; i++) app.push(await phoneLoad(browser, viaNginx.url + LINK));
    const appBytes = median(app.map((a) => a.bytes));
    const floorDir = await makeLinkFloor(browser, viaNginx.url + LINK, dist, appBytes);
    const floorServer = await nginx(floorDir, 8899);
    servers.push(floorServer);
    const floor = [];
    const py = [];
    // BENCH_COMPARE: the other build through the same two servers (an older build has no
    // precompressed files, so nginx compresses its wasm on the fly).
    const before = { nginx: [], python: [] };
    const otherNginx = compareDir ? await nginx(compareDir, 8900) : null;
    const otherPython = compareDir ? await python(compareDir, 8901) : null;
    if (otherNginx) servers.push(otherNginx, otherPython);
    for (let i = 0; i < runs; i++) {
      floor.push(await phoneLoad(browser, floorServer.url + LINK));
      py.push(await phoneLoad(browser, viaPython.url + LINK));
      if (otherNginx) {
        before.nginx.push(await phoneLoad(browser, otherNginx.url + LINK));
        before.python.push(await phoneLoad(browser, otherPython.url + LINK));
      }
    }
    results.sharedLink = {
      link: LINK,
      profile: { ...SLOW_4G, cpuSlowdown: 4, viewport: "390x844@2" },
      runs,
      nginxMs: round(median(app.map((a) => a.ms))),
      nginxBytes: appBytes,
      floorMs: round(median(floor.map((a) => a.ms))),
      floorBytes: median(floor.map((a) => a.bytes)),
      ratio: round(median(app.map((a) => a.ms)) / median(floor.map((a) => a.ms)), 2),
      pythonMs: round(median(py.map((a) => a.ms))),
      pythonBytes: median(py.map((a) => a.bytes)),
      nginxAll: app.map((a) => round(a.ms)),
      floorAll: floor.map((a) => round(a.ms)),
      pythonAll: py.map((a) => round(a.ms)),
      compare: otherNginx
        ? {
            nginxMs: round(median(before.nginx.map((a) => a.ms))),
            nginxBytes: median(before.nginx.map((a) => a.bytes)),
            pythonMs: round(median(before.python.map((a) => a.ms))),
            pythonBytes: median(before.python.map((a) => a.bytes)),
          }
        : null,
    };
    const s = results.sharedLink;
    log(`  nginx ${s.nginxMs} ms (${s.nginxBytes} B), floor ${s.floorMs} ms (${s.floorBytes} B): ${s.ratio}×; python ${s.pythonMs} ms (${s.pythonBytes} B)`);
    if (s.compare) log(`  compared build: nginx ${s.compare.nginxMs} ms (${s.compare.nginxBytes} B), python ${s.compare.pythonMs} ms (${s.compare.pythonBytes} B)`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.stop();
}

// 5: the core in Node.
log("search core against MiniSearch and Fuse.js");
results.core = await coreBench(
  SIZES.map((n) => [n, join(bench, `register-${n}.json`)]),
  { log },
);

const out = join(root, "bench/results.json");
await writeFile(out, JSON.stringify(results, null, 2) + "\n");
log(`results written to ${out}`);
