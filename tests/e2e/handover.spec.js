// Before the app is ready: a shared link shows how far the app has come, and what a reader types
// or ticks on the pre-rendered first screen is taken over by the app (gate.js writes it into the
// address), with the focus, the caret and the open groups. Timing itself is measured in
// scripts/bench.sh (the shared-link row).
import { test, expect, accessible, holdApp, listedIds } from "./fixtures.js";

test("a link shows the app's progress as a bar and a percentage, then the view it asks for", async ({ page, context, baseURL }) => {
  // The wasm arrives in ten pieces over 3 s, as over a slow network.
  await context.addCookies([{ name: "slow-app", value: "3000", url: baseURL }]);
  await page.addInitScript(() => {
    window.__seen = [];
    new MutationObserver(() => {
      const bar = document.getElementById("laddar-matare");
      const said = document.getElementById("laddar-procent")?.textContent;
      if (bar && said && window.__seen.at(-1)?.[1] !== said) window.__seen.push([bar.value, said]);
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.goto("./?akademi=sh&status=aktiv&vy=tabell");
  const box = page.locator("#laddar");
  await expect(box).toBeVisible();
  // Under the page's own header (its links work meanwhile), nothing of the unfiltered list.
  await expect(page.locator("#forhandsvisning .site-header")).toBeVisible();
  await expect(page.locator("#forhandsvisning main")).toBeHidden();
  await expect(page.locator("#forhandsvisning .site-footer")).toBeHidden();
  // The header does not claim the list is the view shown.
  await expect(page.locator("#forhandsvisning nav [aria-current]")).toHaveCount(0);
  await expect(box.locator("#laddar-text")).toHaveText(/^(Laddar|Startar) samverkansregistret …$/);
  await expect(page.locator("table#tabell")).toBeVisible({ timeout: 15_000 });
  await expect(box).toHaveCount(0);
  // The bar moved through the download, and the words said the same figure, in Swedish form.
  const seen = await page.evaluate(() => window.__seen);
  const between = seen.filter(([v]) => v > 0 && v < 100);
  expect(between.length, JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
  for (const [v, said] of seen) expect(said.replace(/\s/g, " ")).toBe(`${v} %`);
  expect(seen.map(([v]) => v)).toEqual([...seen.map(([v]) => v)].sort((a, b) => a - b));
  expect(seen.at(-1)[0]).toBe(100);
});

test("the progress is in English for a link that asks for English", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./?lang=en&vy=relation");
  const box = page.locator("#laddar");
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute("lang", "en");
  await expect(box.locator("#laddar-text")).toHaveText("Loading the collaboration register …");
  await expect(box.locator("progress")).toHaveAccessibleName("Loading the collaboration register …");
  release();
  await expect(page.locator("table#matris")).toBeVisible();
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("what is typed and ticked before the app is ready is kept, with the focus and the caret", async ({ page }) => {
      const release = await holdApp(page);
      await page.goto("./");
      const box = page.locator("#forhandsvisning #sok");
      await expect(box).toBeEnabled();
      // A tick first: on a phone the panel and the group are folded and open with a tap, as in
      // the app.
      const group = page.locator("#forhandsvisning details[data-facet=status]");
      if (width < 800) {
        await expect(group).toBeHidden();
        await page.locator("#forhandsvisning #filter-knapp").click();
        await expect(group.locator("ul")).toBeHidden();
        await group.locator("summary").click();
      }
      await group.locator("#f-status-aktiv").check();
      // Then a search, with the caret moved back inside the word.
      await box.click();
      await page.keyboard.type("södertörn");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect(page.locator("#antal")).toHaveCount(0);
      // The address is the view already: a link copied now is what the reader sees.
      await expect.poll(() => new URL(page.url()).search).toBe("?q=s%C3%B6dert%C3%B6rn&status=aktiv");
      release();
      await expect(page.locator("#antal")).toBeVisible();
      await expect(page.locator("#forhandsvisning")).toHaveCount(0);
      const search = page.locator("#sok");
      await expect(search).toHaveValue("södertörn");
      await expect(search).toBeFocused();
      expect(await search.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([7, 7]);
      // The view is the one typed and ticked: its results, its link, its tick, the group open.
      await expect(page.locator("#f-status-aktiv")).toBeChecked();
      await expect(page.locator("details[data-facet=status]")).toHaveAttribute("open", "");
      // On a phone, the panel is open too.
      if (width < 800) await expect(page.locator("#filter-knapp")).toHaveAttribute("aria-expanded", "true");
      await expect(page.locator("#f-status-aktiv")).toBeVisible();
      await expect.poll(() => new URL(page.url()).search).toBe("?q=s%C3%B6dert%C3%B6rn&status=aktiv");
      const ids = await listedIds(page);
      expect(ids.length).toBeGreaterThan(0);
      await expect(page.locator("#antal")).not.toHaveText("18 av 18 poster");
      for (const id of ids) {
        await expect(page.locator(`li.entry[data-id="${id}"] .badge.status-aktiv`)).toHaveText("Aktiv");
      }
      // Back returns to the bare register, as after a first keystroke in the app.
      await page.goBack();
      await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
      await expect(page.locator("#sok")).toHaveValue("");
    });
  });
}

test("a tick alone is kept, and the focus stays on the ticked box", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./");
  const sh = page.locator("#forhandsvisning #f-akademi-sh");
  await sh.check();
  await expect(sh).toBeFocused();
  release();
  await expect(page.locator("#antal")).toHaveText("11 av 18 poster");
  await expect(page.locator("#f-akademi-sh")).toBeChecked();
  await expect(page.locator("#f-akademi-sh")).toBeFocused();
  await expect.poll(() => new URL(page.url()).search).toBe("?akademi=sh");
});

test("the bare page with nothing done keeps its plain address and no focus is forced", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./");
  await expect(page.locator("#forhandsvisning #sok")).toBeEnabled();
  const entries = await page.evaluate(() => history.length);
  release();
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  expect(new URL(page.url()).search).toBe("");
  await expect(page.locator("#sok")).not.toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test("the page before the app passes axe: a link's progress, and the first screen's working controls", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./?vy=tabell&akademi=sh");
  await expect(page.locator("#laddar")).toBeVisible();
  await accessible(page, "a link's progress");
  await page.goto("./");
  await expect(page.locator("#forhandsvisning #sok")).toBeEnabled();
  await page.locator("#forhandsvisning #f-akademi-sh").check();
  await accessible(page, "the first screen before the app");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  await expect(page.locator("#forhandsvisning #sok")).toBeEnabled();
  await accessible(page, "the first screen before the app, on a phone");
  release();
});
