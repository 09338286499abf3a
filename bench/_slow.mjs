import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const dir = process.argv[2], port = "8897";
const child = spawn("node", ["../tests/e2e/serve.mjs", dir, port, "/a/b/"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: 20e6 / 8 * 4, uploadThroughput: 1e6 });
  await p.addInitScript(() => {
    window.__steps = [];
    new MutationObserver(() => {
      const l = document.getElementById("hamtning");
      const s = l ? (l.hidden ? "hidden" : document.getElementById("hamtning-text").textContent) : "gone";
      if (window.__steps.at(-1)?.[1] !== s) window.__steps.push([Math.round(performance.now()), s]);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const seen = new Set();
  p.goto(`http://127.0.0.1:${port}/a/b/`);
  const t0 = Date.now();
  for (let i = 0; i < 400; i++) {
    const s = await p.evaluate(() => { const l = document.getElementById("hamtning"); return l ? (l.hidden ? "hidden" : l.textContent) : "gone"; }).catch(() => "nav");
    if (!seen.has(s)) { seen.add(s); console.log(Date.now() - t0, s); if (s.startsWith("Hämtar") && !globalThis.shot) { globalThis.shot = 1; await new Promise((r) => setTimeout(r, 1500)); await p.screenshot({ path: "/tmp/slow.png" }); } }
    if (s === "gone" && seen.has("hidden")) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await p.waitForSelector("#antal");
  console.log(JSON.stringify(await p.evaluate(() => window.__steps)));
} finally { await browser.close(); child.kill(); }
