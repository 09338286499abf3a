// vy=tabell and sortera: the compact table, sorting through its headers and the sort control, the
// order in the link, and the table on paper.
import { test, expect, listedIds, open, violations } from "./fixtures.js";

const rowIds = (page) =>
  page.locator("#tabell tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.id));

test("vy=tabell shows one row per entry with the eight columns", async ({ page }) => {
  await open(page, "?vy=tabell");
  const table = page.locator("table#tabell");
  await expect(page.locator(".view-switch a[aria-current]")).toHaveText("Tabell");
  await expect(table.locator("thead th")).toHaveText([
    "Namn", "Kategori", "Akademier", "Förvaltning", "Kontaktperson", "Giltig från", "Giltig till", "Status",
  ]);
  await expect(table.locator("tbody tr")).toHaveCount(18);
  const ulf = table.locator('tbody tr[data-id="ulf-konstfack"]');
  // Short names in the cells, the full name in the abbreviation's title.
  await expect(ulf.locator("td").nth(1)).toHaveText("Konstfack");
  await expect(ulf.locator("td abbr[title='Barn- och utbildningsförvaltningen (BUF)']")).toHaveText("BUF");
  // "Giltig till" is the computed last day, not the memo's "2026".
  await expect(ulf.locator("td").nth(4)).toHaveText("2025");
  await expect(ulf.locator("td").nth(5)).toHaveText("2026-12-31");
  await expect(ulf.locator("td").nth(6)).toContainText("Löper ut");
  await expect(table.locator('tbody tr[data-id="cpu"] td').nth(5)).toHaveText("tills vidare");
  // The name opens the entry.
  await ulf.getByRole("link", { name: "ULF-avtal med Konstfack" }).click();
  await expect(page).toHaveURL(/vy=tabell&post=ulf-konstfack$/);
  await expect(page.locator("h2#post-rubrik, .detail h2").first()).toContainText("ULF-avtal med Konstfack");
  expect(await violations(page)).toEqual([]);
});

test("sortera in the link orders the table, and the headers sort with aria-sort", async ({ page }) => {
  await open(page, "?vy=tabell&sortera=slut");
  const end = page.locator("#tabell thead th").nth(6);
  await expect(end).toHaveAttribute("aria-sort", "ascending");
  await expect(page.locator("#tabell thead th[aria-sort]")).toHaveCount(1);
  // Soonest end first: the residence that ended in 2024, then Nya röster (2025), then 2026's,
  // in register order where they tie; "tills vidare" after the dates; no end last.
  const ids = await rowIds(page);
  expect(ids.slice(0, 5)).toEqual(["scenkonstresidens", "nya-roster", "ulf-skh", "ulf-konstfack", "mau-fys"]);
  expect(ids.slice(7, 10)).toEqual(["cpu", "sh-strategiskt-partnerskap", "ki-samverkansavtal"]);
  // The same header again: descending, in the link.
  await end.getByRole("button").click();
  await expect(page).toHaveURL(/vy=tabell&sortera=-slut$/);
  await expect(end).toHaveAttribute("aria-sort", "descending");
  expect((await rowIds(page)).slice(0, 4)).toEqual([
    "cpu", "sh-strategiskt-partnerskap", "ki-samverkansavtal", "ulf-sh",
  ]);
  // Another header: ascending by that column; the old one loses its aria-sort.
  await page.locator("#tabell thead th").first().getByRole("button").click();
  await expect(page).toHaveURL(/vy=tabell&sortera=namn$/);
  await expect(end).not.toHaveAttribute("aria-sort", /./);
  await expect(page.locator("#tabell thead th").first()).toHaveAttribute("aria-sort", "ascending");
  const names = await page.locator("#tabell tbody th a").allTextContents();
  expect(names[0]).toBe("Avtal med Malmö Universitet / FYS, Forskarskolan för yrkesverksamma");
  // Swedish order: ö comes after y, so Gymnasierådet precedes Göteborgs universitet.
  expect(names.indexOf("Gymnasierådet")).toBeLessThan(names.indexOf("Göteborgs universitet - UTTC"));
  // Back and forward walk the sorts.
  await page.goBack();
  await expect(page).toHaveURL(/sortera=-slut$/);
  // Filters and search narrow the sorted rows.
  await open(page, "?q=ulf&vy=tabell&sortera=-slut");
  expect(await rowIds(page)).toEqual(["ulf-sh", "ulf-skh", "ulf-konstfack"]);
});

test("the list sorts too, through the sort control, and a bad sortera is a notice", async ({ page }) => {
  await open(page);
  const control = page.getByLabel("Sortera", { exact: true });
  await expect(control).toHaveValue("");
  await control.selectOption({ label: "Giltig till, tidigast först" });
  await expect(page).toHaveURL(/\?sortera=slut$/);
  expect((await listedIds(page)).slice(0, 2)).toEqual(["scenkonstresidens", "nya-roster"]);
  // The table keeps the order when switching views.
  await page.locator("#som-tabell").click();
  await expect(page).toHaveURL(/sortera=slut&?/);
  await expect(page.locator("#tabell thead th").nth(6)).toHaveAttribute("aria-sort", "ascending");
  await control.selectOption("");
  await expect(page).toHaveURL(/\?vy=tabell$/);
  await open(page, "?sortera=slutdatum");
  await expect(page.locator(".notice")).toContainText("sortera");
  await expect(page.getByLabel("Sortera", { exact: true })).toHaveValue("");
});

test("in English the table and its sort are worded in English", async ({ page }) => {
  await open(page, "?vy=tabell&lang=en&sortera=-start");
  await expect(page.locator("#tabell thead th").nth(5)).toHaveText("Valid from");
  await expect(page.locator("#tabell thead th").nth(5)).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByLabel("Sort", { exact: true })).toHaveValue("-start");
  await expect(page.locator('#tabell tbody tr[data-id="cpu"] td').nth(5)).toHaveText("until further notice");
  // The register's own text stays Swedish and says so.
  await expect(page.locator('#tabell tbody tr[data-id="cpu"] th')).toHaveAttribute("lang", "sv");
});

test("the table prints every row with its end date and status reason, landscape", async ({ page }) => {
  await open(page, "?vy=tabell&sortera=slut");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#tabell tbody tr")).toHaveCount(18);
  const ulf = page.locator('#tabell tbody tr[data-id="ulf-konstfack"]');
  await expect(ulf.locator(".reason")).toBeVisible();
  await expect(ulf.locator(".reason")).toHaveText("Löper ut: giltig till 2026-12-31, inom 6 månader.");
  // Headers are words on paper, not controls; the sort control and the menu are gone.
  await expect(page.locator("#tabell thead th").first()).toBeVisible();
  await expect(page.locator("#sortera")).toBeHidden();
  await expect(page.locator("#sprak")).toBeHidden();
  await expect(page.locator("#utskrift")).toContainText("Giltig till, tidigast först");
  // Landscape: the table's page is wider than tall.
  const landscape = await page.evaluate(() =>
    [...document.styleSheets].some((s) =>
      [...s.cssRules].some((r) => r instanceof CSSPageRule && /landscape/.test(r.style.size)),
    ),
  );
  expect(landscape).toBe(true);
  // One sheet: the whole register (18 entries) fits one landscape A4 page.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test("the list prints as a compact handout: title once, each entry's reason, two pages for the register", async ({ page }) => {
  await open(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#utskrift .print-title")).toHaveText(
    "Samverkan med akademierna – Samverkansregistret – Huddinge kommun",
  );
  // No second title: the site's header and the view heading stay off paper.
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("#vy-rubrik")).toBeHidden();
  const ulf = page.locator('li.entry[data-id="ulf-konstfack"]');
  await expect(ulf.locator(".print-reason")).toHaveText("Löper ut: giltig till 2026-12-31, inom 6 månader.");
  await expect(ulf.locator(".badge.status-loper-ut")).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeLessThanOrEqual(2);
});
