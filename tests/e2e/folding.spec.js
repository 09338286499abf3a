// The app folds text for search and sorts it through the browser's String.prototype.normalize
// (the core's Unicode tables are left out of the wasm: crates/core/src/unicode.rs). Here the
// app's own folds and sort keys, over every text of the register and a Unicode sample, must equal
// what the tables give natively (crates/core/tests/unicode.rs writes data/folding.json).
import { readFile } from "node:fs/promises";
import { test, expect, open } from "./fixtures.js";

const sample = JSON.parse(await readFile(new URL("./data/folding.json", import.meta.url), "utf8"));

test("search folds and sort keys in the browser equal the native tables' on the register and a Unicode sample", async ({ page }) => {
  await open(page);
  const ours = await page.evaluate(
    (texts) => texts.map((t) => ({ fold: window.wasmBindings.search_fold(t), key: window.wasmBindings.sort_key(t) })),
    sample.map((s) => s.text),
  );
  expect(sample.length).toBeGreaterThan(100);
  const differ = sample
    .map((s, i) => ({ text: s.text, native: [s.fold, s.key], browser: [ours[i].fold, ours[i].key] }))
    .filter((d) => d.native[0] !== d.browser[0] || d.native[1] !== d.browser[1]);
  expect(differ).toEqual([]);
});

test("decomposed and composed spellings find the same entries", async ({ page }) => {
  await open(page);
  await page.locator("#sok").fill("So\u0308derto\u0308rns");
  const decomposed = await page.locator("#antal").textContent();
  await page.locator("#sok").fill("sodertorns");
  await expect(page.locator("#antal")).toHaveText(decomposed);
  expect(decomposed).not.toMatch(/^0 /);
});
