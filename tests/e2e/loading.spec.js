// Loading a large register: the line at the foot of the window says what is happening (fetched
// so far, then read, then made searchable), the pre-rendered screen stays on screen meanwhile,
// and the line is gone once the app runs. Timing itself is measured in scripts/bench.sh.
import { test, expect } from "./fixtures.js";

/** Records every state of the loading line (#hamtning) from the page's start. */
async function recordSteps(page) {
  await page.addInitScript(() => {
    window.__steps = [];
    new MutationObserver(() => {
      const line = document.getElementById("hamtning");
      const state = !line ? "gone" : line.hidden ? "hidden" : document.getElementById("hamtning-text").textContent;
      if (window.__steps.at(-1) !== state) window.__steps.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

test("a large register is read and indexed with the loading line saying so, then the line goes", async ({ page, request }) => {
  // The memo's register, its entries repeated under new ids to 4,000 (about 5 MB).
  const register = await (await request.get("./register.json")).json();
  const memo = register.entries;
  register.entries = Array.from({ length: 4000 }, (_, i) => ({ ...memo[i % memo.length], id: `${memo[i % memo.length].id}-${i}` }));
  await page.route("**/register.json", (route) => route.fulfill({ json: register }));
  await recordSteps(page);
  await page.goto("./");
  await expect(page.locator("#antal")).toHaveText("4000 av 4000 poster");
  await expect(page.locator("#hamtning")).toHaveCount(0);
  // (The fetch is local here; were it slow, its own step would come first.)
  const steps = await page.evaluate(() =>
    window.__steps.filter((s) => !["gone", "hidden", "Hämtar registret …"].includes(s)),
  );
  expect(steps).toEqual(["Läser in registret …", "Gör registret sökbart …"]);
  // Search works on all of it.
  await page.locator("#sok").fill("huddingetrainee");
  await expect(page.locator("#antal")).not.toHaveText("4000 av 4000 poster");
});

test("a slow fetch shows its progress over the pre-rendered screen, which stays readable and scrollable", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "slow-register", value: "3000", url: baseURL }]);
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto("./");
  const line = page.locator("#hamtning");
  await expect(line).toBeVisible();
  await expect(line.locator("#hamtning-text")).toHaveText("Hämtar registret …");
  // Megabytes are counted from the first one; this register is 26 KB.
  await expect(line.locator("#hamtning-mb")).toHaveText("");
  // The size is known (the file is not compressed here), so the bar measures it.
  expect(Number(await line.locator("progress").getAttribute("max"))).toBeGreaterThan(20_000);
  // Meanwhile the register is on screen, and scrolls.
  await expect(page.locator("#forhandsvisning li.entry").first()).toBeVisible();
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster", { timeout: 15_000 });
  await expect(line).toHaveCount(0);
});

test("the loading line is in English for a reader who chose English", async ({ page, context, baseURL }) => {
  await page.goto("./");
  await page.evaluate(() => localStorage.setItem("samverkansregistret.sprak", "en"));
  await context.addCookies([{ name: "slow-register", value: "2500", url: baseURL }]);
  await page.goto("./?q=ulf");
  const line = page.locator("#hamtning");
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute("lang", "en");
  await expect(line.locator("#hamtning-text")).toHaveText("Fetching the register …");
  await expect(page.locator("#laddar")).toBeVisible();
  await expect(page.locator("#antal")).toHaveText(/^\d+ of 18 entries$/, { timeout: 15_000 });
  await expect(line).toHaveCount(0);
});
