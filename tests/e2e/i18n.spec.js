// Swedish by default, English on request (lang=en or the switch), remembered; register content
// stays as written and is marked as Swedish.
import { test, expect, editingMode, open } from "./fixtures.js";

const LANG_KEY = "samverkansregistret.sprak";

test.describe("language", () => {
  test("lang=en gives every view in English; the content stays Swedish and says so", async ({ page }) => {
    await open(page, "?lang=en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("#antal")).toHaveText("18 of 18 entries");
    await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link")).toHaveText([
      "The register",
      "About the register",
    ]);
    await expect(page.getByRole("group", { name: "Show as" }).getByRole("link")).toHaveText([
      "List",
      "Table",
      "Relations",
      "Timeline",
    ]);
    await expect(page.getByLabel("Search the register")).toBeVisible();
    await expect(page.locator("main h1")).toHaveText("Collaboration with universities and colleges");
    // Entry names and values are the memo's, marked Swedish for speech; the labels are English.
    const row = page.locator("li.entry[data-id=cpu]");
    await expect(row.locator("h3")).toHaveAttribute("lang", "sv");
    await expect(row.locator("dt").first()).toHaveText("Category");
    await expect(row.locator(".badge.status-aktiv")).toHaveText("Active");
    await expect(row.locator("dd").nth(4)).toHaveText("2023 until further notice");
    await expect(page.locator("li.entry[data-id=hogskoleradet] dd").nth(4)).toHaveText("since 2016");
    // The facets name categories and departments in English too.
    await expect(page.locator(".facet .facet-label", { hasText: "Past collaboration" })).toHaveCount(1);
    await expect(page.locator(".facet .facet-label", { hasText: "Municipal Executive Office (KSF)" })).toHaveCount(1);

    // Dates stay ISO; "tills vidare" is said in English where the app builds the words, and the
    // memo's own wording is kept.
    await page.locator("li.entry[data-id=cpu] h3 a").click();
    const fields = page.locator("dl.fields");
    await expect(fields.locator("dt:has-text('Valid until') + dd")).toHaveText("until further notice");
    // The validity in English words from the dates, then the memo's own, marked Swedish.
    await expect(fields.locator("dt:has-text('Validity') + dd")).toHaveText(
      "2023 until further notice (in the memo: 2023 tills vidare)",
    );
    await expect(fields.locator("dt:has-text('Validity') + dd q")).toHaveAttribute("lang", "sv");
    // Category and department names are glossed in English, without the Swedish mark.
    await expect(fields.locator("dt:has-text('Category') + dd")).toHaveText("Student placements and student projects");
    await expect(fields.locator("dt:has-text('Category') + dd")).not.toHaveAttribute("lang", "sv");
    await expect(fields.locator("dt:has-text('Responsible department') + dd")).toHaveText(
      "Children and Education Department (BUF)",
    );
    await expect(page.locator(".status-reason")).toHaveText("Active: valid until further notice.");
    await page.goto("./?post=ulf-skh&lang=en");
    await expect(page.locator(".status-reason")).toHaveText("Expiring: valid until 2026-12-31, within 6 months.");

    await page.goto("./?vy=tidslinje&lang=en");
    await expect(page.locator("#loper-ut-rubrik")).toHaveText("Expiring within 6 months");
    await expect(page.locator("#loper-ut li[data-id=ulf-skh]")).toContainText("ends 2026-12-31");
    await page.goto("./?vy=relation&lang=en");
    await expect(page.locator("#matris-rubrik")).toContainText("Number of entries per university and responsible department");
    await expect(page.locator("#matris-not")).toContainText("Ended entries are not counted");
    await page.goto("./?vy=om&lang=en");
    await expect(page.locator("main h1")).toHaveText("About the register");
    await expect(page.locator(".content-note")).toHaveText("The register's content is shown as written in the memo, in Swedish.");
    await page.goto("./?vy=tillganglighet&lang=en");
    await expect(page.locator("main h1")).toHaveText("Accessibility statement");
  });

  test("the switch is remembered in this browser and written into the link", async ({ page, context }) => {
    await open(page);
    // The switch is a real link to this view in English, kept current as the view changes.
    await page.getByLabel("Sök i registret").fill("ulf");
    await expect(page.locator("#sprak")).toHaveAttribute("href", "?q=ulf&lang=en");
    // So are the view switch's links and each entry's.
    await expect(page.locator("#som-relation")).toHaveAttribute("href", "?q=ulf&vy=relation");
    await expect(page.locator("li.entry[data-id=ulf-sh] h3 a")).toHaveAttribute("href", "?q=ulf&post=ulf-sh");
    await page.locator("#sprak").click();
    await expect(page).toHaveURL(/\?q=ulf&lang=en$/);
    await expect(page.locator("#antal")).toHaveText("3 of 18 entries");
    // Search and filters survive the switch.
    await expect(page.locator("#sok")).toHaveValue("ulf");
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("en");

    // A plain link opens in the remembered language, in a new tab too.
    const other = await context.newPage();
    await other.goto(page.url().replace(/\?.*$/, ""));
    await expect(other.locator("#antal")).toHaveText("18 of 18 entries");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");
    await other.close();

    // The link's own lang wins over the remembered choice, without changing it.
    await page.goto("./?lang=sv");
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("en");

    // Back to Swedish with the switch.
    await page.goto("./");
    await expect(page.locator("#sprak")).toHaveText("På svenska");
    await page.locator("#sprak").click();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    expect(await page.evaluate((k) => localStorage.getItem(k), LANG_KEY)).toBe("sv");
  });

  test("a bad lang value or a garbled stored choice falls back to Swedish with a notice", async ({ page }) => {
    await page.addInitScript((k) => localStorage.setItem(k, "klingon"), LANG_KEY);
    await open(page, "?lang=xx");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await expect(page.locator(".notice")).toContainText("okänt språk ”\u2068xx\u2069” (sv eller en)");
  });

  test("messages are in the chosen language: an import error, a form error", async ({ page }) => {
    await open(page, "?lang=en");
    await page.getByRole("button", { name: "Edit the register" }).click();
    await page.locator("#importera").setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{ broken") });
    await expect(page.locator(".import-error")).toContainText("The import could not be carried out. The file is not valid JSON (error at line 1, column 3).");
    await expect(page.locator(".import-error")).toContainText("Nothing has been changed.");
    await page.locator("#ny-post").click();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("#f-namn-fel")).toHaveText("Fill in this field.");
  });
});

test.describe("one language rule, words worded when shown", () => {
  test("gate.js, before the app, chooses the language the app does (Lang::choose)", async ({ browser }) => {
    const base = test.info().project.use.baseURL;
    // [the link's query, the remembered choice, the language both must choose]
    const cases = [
      ["?lang=en", null, "en"],
      ["", "en", "en"],
      ["?lang=sv", "en", "sv"],
      ["?lang=en", "sv", "en"],
      // A lang the app does not know is no choice: the remembered one counts, for both.
      ["?lang=xx", "en", "en"],
      ["?lang=xx", null, "sv"],
      ["", null, "sv"],
    ];
    for (const [query, stored, expected] of cases) {
      const context = await browser.newContext();
      if (stored) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [LANG_KEY, stored]);
      const page = await context.newPage();
      await page.goto(new URL(`./${query}`, base).href);
      // The app's choice: the page's language once it has rendered.
      await expect(page.locator("main h1")).toBeVisible();
      await expect(page.locator("#antal")).toBeVisible();
      const chosen = await page.evaluate(() => ({
        app: document.documentElement.lang,
        gate: document.documentElement.classList.contains("engelska") ? "en" : "sv",
      }));
      expect(chosen, `${query} with ${stored} remembered`).toEqual({ app: expected, gate: expected });
      await context.close();
    }
  });

  test("Ångra's title names the last action in the language shown now, not the one it was taken in", async ({ page }) => {
    await editingMode(page);
    await open(page, "?post=cpu");
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("ny titel");
    await page.getByRole("button", { name: "Spara" }).click();
    const name = "Samverkansavtal om Centrum för professionsutveckling i förskolan och skolan (CPU)";
    await expect(page.getByRole("button", { name: "Ångra" })).toHaveAttribute("title", `Ångra Redigera ${name}`);
    await page.getByRole("link", { name: "In English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Undo" })).toHaveAttribute("title", `Undo Edit ${name}`);
    // And back: the action, not its words, was kept.
    await page.getByRole("link", { name: "På svenska" }).click();
    await expect(page.getByRole("button", { name: "Ångra" })).toHaveAttribute("title", `Ångra Redigera ${name}`);
  });
});
