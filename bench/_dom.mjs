import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
const dir = process.argv[2], port = "8898";
const child = spawn("node", ["../tests/e2e/serve.mjs", dir, port, "/a/b/"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width, height: 800 } });
    const p = await context.newPage();
    // Prerendered only: block the wasm.
    await p.route(/\.wasm$/, (r) => r.abort());
    await p.goto(`http://127.0.0.1:${port}/a/b/`);
    const pre = await p.evaluate(() => { const r = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top) + "/" + Math.round(e.getBoundingClientRect().height) : null; }; return { header: r(".site-header"), h1: r("h1"), search: r(".search"), sidebar: r(".sidebar"), facet: [...document.querySelectorAll(".facet")].map(e => Math.round(e.getBoundingClientRect().height)).join(","), content: r(".content"), count: r(".count"), entry: r("li.entry") }; });
    await p.unroute(/\.wasm$/);
    const q = await context.newPage();
    await q.goto(`http://127.0.0.1:${port}/a/b/`);
    await q.waitForSelector("#antal");
    await q.waitForTimeout(300);
    const app = await q.evaluate(() => { const r = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top) + "/" + Math.round(e.getBoundingClientRect().height) : null; }; return { header: r(".site-header"), h1: r("h1"), search: r(".search"), sidebar: r(".sidebar"), facet: [...document.querySelectorAll(".facet")].map(e => Math.round(e.getBoundingClientRect().height)).join(","), content: r(".content"), count: r(".count"), entry: r("li.entry") }; });
    console.log(width, "prerender", JSON.stringify(pre), "app", JSON.stringify(app));
    if (process.argv[3] && width === 1280) {
      console.log(await q.evaluate(() => document.querySelector(".content").outerHTML.slice(0, 3500)));
      console.log(await q.evaluate(() => document.querySelector(".site-header").outerHTML.slice(0, 1500)));
    }
    await context.close();
  }
} finally { await browser.close(); child.kill(); }
