// Reading is the default: readers, university partners among them, see no control that changes
// the register. "Redigera registret" (a toggle, remembered in this browser) turns editing mode on.
import { test, expect, EDIT_MODE_KEY, open } from "./fixtures.js";

/** The controls that change the register, by role and name. */
const EDITING = [
  ["button", "Ny post"],
  ["button", "Ångra"],
  ["button", "Redigera"],
  ["button", "Ta bort"],
];

async function expectEditingControls(page, shown) {
  for (const [role, name] of EDITING) {
    await expect(page.getByRole(role, { name, exact: true })).toHaveCount(shown ? 1 : 0);
  }
  await expect(page.locator("#importera")).toHaveCount(shown ? 1 : 0);
}

test("readers see no edit controls until Redigera registret is turned on, and it is remembered", async ({ page }) => {
  await open(page, "?post=cpu");
  const toggle = page.getByRole("button", { name: "Redigera registret" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expectEditingControls(page, false);
  // Export is for everyone.
  await expect(page.locator(".menu summary")).toHaveText("Exportera");

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expectEditingControls(page, true);
  await expect(toggle).toBeFocused();
  expect(await page.evaluate((k) => localStorage.getItem(k), EDIT_MODE_KEY)).toBe("1");

  // Remembered in this browser: a reload, and another view, stay in editing mode.
  await page.reload();
  await expect(page.locator("#antal")).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expectEditingControls(page, true);

  // Off again: the controls go, and that is remembered too.
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expectEditingControls(page, false);
  await page.reload();
  await expect(page.locator("#antal")).toBeVisible();
  await expectEditingControls(page, false);
  expect(await page.evaluate((k) => localStorage.getItem(k), EDIT_MODE_KEY)).toBeNull();
});

test("an open form survives turning editing mode off: nothing typed is lost", async ({ page }) => {
  await open(page, "?post=cpu");
  const toggle = page.getByRole("button", { name: "Redigera registret" });
  await toggle.click();
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("skrivet före");
  await toggle.click();
  await expect(page.getByLabel("Titel")).toHaveValue("skrivet före");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, skrivet före");
  // Back on the entry, in reading mode: no Redigera or Ta bort.
  await expectEditingControls(page, false);
});

test("in English the toggle is Edit the register", async ({ page }) => {
  await open(page, "?lang=en");
  const toggle = page.getByRole("button", { name: "Edit the register" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: "New entry" })).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole("button", { name: "New entry" })).toHaveCount(1);
});

test("a link to a colleague's unpublished entry says so in words", async ({ page, browser, baseURL }) => {
  // The colleague adds an entry in their browser and copies the link to it.
  await open(page);
  await page.getByRole("button", { name: "Redigera registret" }).click();
  await page.getByRole("button", { name: "Ny post" }).click();
  await page.getByLabel("Namn").fill("Kollegans nya samverkan");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("#post-rubrik")).toHaveText("Kollegans nya samverkan");
  const link = new URL(page.url());
  expect(link.searchParams.get("post")).toBe("kollegans-nya-samverkan");

  // Someone else, in another browser, opens it.
  const other = await browser.newContext({ baseURL });
  const reader = await other.newPage();
  await reader.clock.setFixedTime(new Date("2026-11-28T12:00:00"));
  await reader.goto(link.href);
  await expect(reader.locator("#antal")).toHaveText("18 av 18 poster");
  const notice = reader.locator(".notice");
  await expect(notice).toContainText(
    "posten ”\u2068kollegans-nya-samverkan\u2069” finns inte i det publicerade registret eller bland ändringarna i den här webbläsaren",
  );
  await expect(notice).toContainText("en ny post som någon har lagt till i sin egen webbläsare men inte publicerat ännu");
  await reader.goto(`${link.href}&lang=en`);
  await expect(reader.locator(".notice")).toContainText(
    "the entry “\u2068kollegans-nya-samverkan\u2069” is not in the published register or among the changes in this browser",
  );
  await other.close();
});
