// Renders the app icons' PNG sizes from public/icons/*.svg with the Chromium the tests use.
// Run by hand when the SVGs change: node scripts/make-icons.mjs (needs tests/e2e's npm install).
import { readFile } from "node:fs/promises";
import { chromium } from "../tests/e2e/node_modules/playwright-core/index.mjs";

const dir = new URL("../public/icons/", import.meta.url);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
for (const [svg, size, out] of [
  ["icon.svg", 192, "icon-192.png"],
  ["icon.svg", 512, "icon-512.png"],
  ["maskable.svg", 512, "maskable-512.png"],
  ["icon.svg", 180, "apple-touch-icon.png"],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const data = (await readFile(new URL(svg, dir))).toString("base64");
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${data}">`,
  );
  await page.screenshot({ path: new URL(out, dir).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("icons written to public/icons/");
