// The main tasks with the keyboard alone: no mouse event anywhere in this file.
import { test, expect, open } from "./fixtures.js";

/** Presses Tab (or Shift+Tab) until `locator` has focus; fails after `max` presses. */
async function tabTo(page, locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** The focused control shows a focus ring (not the browser default taken away). */
async function expectVisibleFocus(page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    return { tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth), focusVisible: el.matches(":focus-visible") };
  });
  if (["A", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"].includes(style.tag)) {
    expect(style.focusVisible, `${style.tag} matches :focus-visible`).toBe(true);
    expect(style.outline, `${style.tag} outline`).not.toBe("none");
    expect(style.width).toBeGreaterThanOrEqual(2);
  }
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

test.describe("keyboard only", () => {
  test("skip link, / to search, open an entry, Escape back to the same place", async ({ page }) => {
    await open(page);
    // The first Tab lands on the skip link, which becomes visible and jumps to the content.
    await page.keyboard.press("Tab");
    const skip = page.locator(`a.skip[href="#innehall"]`);
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await expect(page.locator("#innehall")).toBeFocused();

    // "/" goes to the search box from anywhere but a field.
    await page.keyboard.press("/");
    await expect(page.locator("#sok")).toBeFocused();
    await page.keyboard.type("ulf");
    await expect(page.locator("#sok")).toHaveValue("ulf");
    await expect(page.locator("#antal")).toHaveText("3 av 18 poster");
    // Enter has nothing to submit: it goes on to the count, as from a filter, and the search
    // stays as typed.
    await page.keyboard.press("Enter");
    await expect(page.locator("#antal")).toBeFocused();
    await expect(page.locator("#sok")).toHaveValue("ulf");
    await expect(page).toHaveURL(/\?q=ulf$/);

    // Tab forward to the second result and open it.
    const link = page.locator("li.entry[data-id=ulf-skh] h3 a");
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page.locator("#post-rubrik")).toBeFocused();
    await expect(page).toHaveURL(/post=ulf-skh/);

    // Escape closes it and focus returns to the link that opened it.
    await page.keyboard.press("Escape");
    await expect(page.locator("article.detail")).toHaveCount(0);
    await expect(link).toBeFocused();
    await expect(page).not.toHaveURL(/post=/);
  });

  test("filter with a checkbox and remove it with its chip", async ({ page }) => {
    await open(page);
    await page.keyboard.press("/");
    // Checkboxes as the Authoring Practices have them: each is a tab stop, and the arrow keys
    // are left to the page (they do not move between boxes).
    await tabTo(page, page.locator("#f-status-aktiv"));
    await page.keyboard.press("Tab");
    const expiring = page.locator("#f-status-loper-ut");
    await expect(expiring).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator("#f-status-avslutad")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(page.locator("#f-status-avslutad")).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(expiring).toBeFocused();
    const stops = await page.locator(".facet input[type=checkbox]").evaluateAll((boxes) =>
      boxes.every((b) => b.tabIndex === 0),
    );
    expect(stops).toBe(true);
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/status=loper-ut/);
    await expect(page.locator("#antal")).toHaveText("3 av 18 poster");
    const chip = page.getByRole("button", { name: "Ta bort filter Status: Löper ut" });
    await tabTo(page, chip);
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/status=/);
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  });

  test("Visa som to Relationer, arrows through the matrix, Enter filters", async ({ page }) => {
    await open(page);
    const nav = page.locator("#som-relation");
    await tabTo(page, nav);
    await page.keyboard.press("Enter");
    // The view changes under the switch, which keeps the focus, and the tab is retitled.
    await expect(nav).toBeFocused();
    await expect(nav).toHaveAttribute("aria-current", "true");
    await expect(page.locator("#vy-rubrik")).toHaveText("Akademier och förvaltningar");
    await expect(page).toHaveTitle(/^Relationer – /);

    // The matrix is one tab stop: only one of its buttons is in the tab order.
    const matrix = page.locator("#matris");
    await expect(matrix.locator("button[tabindex='0']")).toHaveCount(1);
    const first = matrix.locator("button[data-pos='0-1']");
    await tabTo(page, first);
    const pos = () => page.evaluate(() => document.activeElement.dataset.pos);
    // Right along the header; Left at the first header stays (the corner has no control).
    await page.keyboard.press("ArrowRight");
    expect(await pos()).toBe("0-2");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(await pos()).toBe("0-1");
    // Down into the body, skipping blank cells; Home to the row header, End to the last count.
    await page.keyboard.press("ArrowDown");
    const [r, c] = (await pos()).split("-").map(Number);
    expect(c).toBe(1);
    expect(r).toBeGreaterThanOrEqual(1);
    await page.keyboard.press("Home");
    expect(await pos()).toBe(`${r}-0`);
    await page.keyboard.press("End");
    const end = await pos();
    expect(Number(end.split("-")[1])).toBeGreaterThan(0);
    await expect(matrix.locator("button[tabindex='0']")).toHaveCount(1);
    await expect(matrix.locator("button[tabindex='0']")).toBeFocused();
    // Enter on a count filters to that academy and department; the focus stays on the cell.
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/akademi=[a-z-]+&forvaltning=[a-z-]+/);
    await expect(matrix.locator("td button[aria-pressed=true]")).toBeFocused();
    // Shift+Tab leaves the matrix in one step, whichever cell was last.
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => !!document.activeElement.closest("#matris"))).toBe(false);

    // "/" from here goes to the search box too.
    await page.keyboard.press("/");
    await expect(page.locator("#sok")).toBeFocused();
  });

  test("edit with the keyboard: the form takes focus, Escape cancels, Escape closes the entry", async ({ page }) => {
    await open(page, "?post=ulf-sh");
    await expect(page.locator("#post-rubrik")).toBeFocused();
    // Editing mode first: back to "Redigera registret" above the entry, and Enter.
    const toggle = page.locator("#redigera-registret");
    await tabTo(page, toggle, { back: true });
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await tabTo(page, page.getByRole("button", { name: "Redigera", exact: true }));
    await page.keyboard.press("Enter");
    await expect(page.locator("#f-namn")).toBeFocused();
    await page.keyboard.type(" (ändrad)");
    // Escape leaves the form without saving and returns to the entry.
    await page.keyboard.press("Escape");
    await expect(page.locator("form.edit-form")).toHaveCount(0);
    await expect(page.locator("#post-rubrik")).toBeFocused();
    await expect(page.locator("#post-rubrik")).not.toContainText("(ändrad)");

    // Ta bort asks; Escape answers no and puts focus back on Ta bort, the entry stays open.
    await tabTo(page, page.locator("#ta-bort"));
    await page.keyboard.press("Enter");
    await expect(page.locator("#bekrafta-ja")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.locator(".confirm")).toHaveCount(0);
    await expect(page.locator("#ta-bort")).toBeFocused();
    await expect(page.locator("article.detail")).toHaveCount(1);

    // Now Escape closes the entry itself.
    await page.keyboard.press("Escape");
    await expect(page.locator("article.detail")).toHaveCount(0);

    // Ny post with Enter, fill the name, save with Enter in the field.
    await page.keyboard.press("/");
    await tabTo(page, page.locator("#ny-post"));
    await page.keyboard.press("Enter");
    await expect(page.locator("#f-namn")).toBeFocused();
    await page.keyboard.type("Tangentbordsposten");
    await page.keyboard.press("Enter");
    await expect(page.locator("#post-rubrik")).toBeFocused();
    await expect(page.locator("#post-rubrik")).toHaveText("Tangentbordsposten");
  });

  test("the language switch works from the keyboard and keeps focus on itself", async ({ page }) => {
    await open(page);
    const english = page.locator("#sprak");
    await expect(english).toHaveText("In English");
    await expect(english).toHaveAttribute("lang", "en");
    await tabTo(page, english);
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#sprak")).toHaveText("På svenska");
    await expect(page.locator("#sprak")).toBeFocused();
    expect(await focusedId(page)).toBe("sprak");
  });

  test("with an entry open, the language switch keeps focus on itself, not the entry's heading", async ({ page }) => {
    await open(page, "?post=ulf-sh");
    await expect(page.locator("#post-rubrik")).toBeFocused();
    await page.locator("#sprak").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("article.detail")).toContainText("Responsible department");
    await expect(page.locator("#sprak")).toHaveText("På svenska");
    // Two frames on, when the entry has mounted and placed its own focus, it is still here.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
    expect(await focusedId(page)).toBe("sprak");
  });
});

test("Skriv ut, Kopiera länk and Lägg i kalender are one toolbar: one Tab stop, arrows within", async ({ page }) => {
  await open(page);
  const toolbar = page.getByRole("toolbar", { name: "Dela" });
  const print = toolbar.getByRole("button", { name: "Skriv ut" });
  const copy = toolbar.getByRole("button", { name: "Kopiera länk" });
  const calendar = toolbar.getByRole("button", { name: "Lägg i kalender" });
  await tabTo(page, print);
  await page.keyboard.press("ArrowRight");
  await expect(copy).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(calendar).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(calendar).toBeFocused();
  await page.keyboard.press("Home");
  await expect(print).toBeFocused();
  await page.keyboard.press("End");
  await expect(calendar).toBeFocused();
  // One Tab leaves the toolbar, and Shift+Tab comes back to where the reader was in it.
  await page.keyboard.press("Tab");
  await expect(page.locator("#redigera-registret")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(calendar).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(copy).toBeFocused();
  // While an entry is open the toolbar keeps its three tools (the calendar's exports that
  // entry), and its tab stop stays where it was.
  await page.keyboard.press("End");
  await page.locator("li.entry[data-id=ulf-sh] h3 a").click();
  await expect(page.locator("article.detail")).toBeVisible();
  await expect(toolbar.getByRole("button")).toHaveCount(3);
  await expect(calendar).toHaveAttribute("tabindex", "0");
  await expect(print).toHaveAttribute("tabindex", "-1");
});

test("skip links go straight to the filters and to the results", async ({ page }) => {
  await open(page, "?status=aktiv");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Hoppa till innehållet");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Hoppa till filtren");
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("filter-rubrik");
  // The next Tab is in the filters, not back at the top.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement.closest(".sidebar") !== null)).toBe(true);
  // The skip links come in the order the page reads their targets.
  const inOrder = await page.evaluate(() => {
    const targets = [...document.querySelectorAll("a.skip")].map((a) => document.querySelector(a.getAttribute("href")));
    return targets.every((t, k) => t && (k === 0 || targets[k - 1].compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  expect(inOrder).toBe(true);
  await open(page, "?status=aktiv");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Hoppa till resultaten");
  await page.keyboard.press("Enter");
  expect(await focusedId(page)).toBe("antal");
  await expect(page.locator("#antal")).toHaveText("12 av 18 poster");
  // The address is not touched: no hash, no new history entry.
  await expect(page).toHaveURL(/\?status=aktiv$/);
});

test("the meeting task takes at most 40 key presses: search, two filters, an entry and back, the matrix", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  let presses = 0;
  const press = async (key) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  /** Tab (or Shift+Tab) until `locator` has focus, counting each press. */
  const tabTo = async (locator, back = false) => {
    for (let i = 0; i < 40; i++) {
      if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await press(back ? "Shift+Tab" : "Tab");
    }
    throw new Error(`Tab never reached ${locator}`);
  };
  // Search.
  await press("/");
  for (const key of "ulf") await press(key);
  await expect(page).toHaveURL(/\?q=ulf$/);
  // Two filters, with the conventional controls: each checkbox is a tab stop, Space ticks it.
  // The panel has the departments first (7), then the academies (13).
  await tabTo(page.locator("#f-forvaltning-gaf"));
  await press("Space");
  await expect(page).toHaveURL(/forvaltning=gaf/);
  await tabTo(page.locator("#f-akademi-sh"));
  await press("Space");
  await expect(page).toHaveURL(/\?q=ulf&akademi=sh&forvaltning=gaf$/);
  // Enter goes to the count, which is announced, and on to the results.
  await press("Enter");
  await expect(page.locator("#antal")).toBeFocused();
  await expect(page.locator("#antal")).toHaveText("1 av 18 poster");
  const link = page.locator("li.entry[data-id=ulf-sh] h3 a");
  await tabTo(link);
  await press("Enter");
  await expect(page.locator("article.detail h2")).toContainText("ULF-avtal med Södertörns högskola");
  await press("Escape");
  await expect(link).toBeFocused();
  // The same selection as relations, from the switch beside the count; focus stays on it.
  await tabTo(page.locator("#som-relation"), true);
  await press("Enter");
  await expect(page).toHaveURL(/vy=relation/);
  await expect(page.locator("#som-relation")).toBeFocused();
  await tabTo(page.locator('#matris button[tabindex="0"]'));
  await expect(page.locator("#matris")).toBeVisible();
  console.log(`keyboard task: ${presses} key presses`);
  expect(presses).toBeLessThanOrEqual(40);
});
