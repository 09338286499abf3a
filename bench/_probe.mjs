import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const [dir, port] = [process.argv[2], process.argv[3] || "8899"];
const child = spawn("node", ["../tests/e2e/serve.mjs", dir, port, "/a/b/"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (let k = 0; k < 2; k++) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
    window.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(Math.round(e.duration)))).observe({ type: "longtask", buffered: true });
  });
  const p = await context.newPage();
  await p.goto(`http://127.0.0.1:${port}/a/b/`);
  await p.waitForSelector("#antal", { timeout: 120000 });
  const cdp = await context.newCDPSession(p);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const r = await p.evaluate(() => ({ wasm: window.__wasm?.memory?.buffer?.byteLength, ready: performance.getEntriesByName("app-ready")[0]?.startTime, marks: performance.getEntriesByType("mark").map(m => m.name + "=" + Math.round(m.startTime)).join(" "), long: window.__long }));
  console.log(`js ${(heap.usedSize / 1e6).toFixed(1)} MB, wasm ${(r.wasm / 1e6).toFixed(1)} MB, ready ${Math.round(r.ready)} ms, long tasks ${JSON.stringify(r.long)} ${r.marks}`);
  await context.close();
  }
} finally { await browser.close(); child.kill(); }
