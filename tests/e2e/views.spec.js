import { test, expect, listedIds, open } from "./fixtures.js";

test.describe("relation view", () => {
  test("vy=relation shows the academy × department matrix as a table", async ({ page }) => {
    await open(page, "?vy=relation");
    const matrix = page.locator("table#matris");
    // Named and described by the title and note above its scrolling box.
    await expect(matrix).toHaveAccessibleName("Antal poster per akademi och ansvarig förvaltning");
    await expect(matrix).toHaveAccessibleDescription(/^Avslutade poster räknas inte/);
    await expect(page.locator("#matris-rubrik")).toBeVisible();
    await expect(matrix.locator("thead th").last()).toHaveText("Poster totalt");
    await expect(matrix.locator("tbody tr")).toHaveCount(13);
    // KUF and Näringslivsenheten have only ended entries: no column by default.
    await expect(matrix.locator("thead th")).toHaveCount(1 + 5 + 1);
    const cell = (academy, dept) =>
      matrix.locator(`tbody tr:has(th:has-text("${academy}")) td`).nth(dept);
    // Södertörns högskola × GAF (second column) = 4; × BUF (third) is empty.
    await expect(cell("Södertörns högskola", 1)).toHaveText("4");
    await expect(cell("Södertörns högskola", 2)).toHaveText("");
    // Names of a cell's entries on focus.
    await cell("Konstfack", 2).locator("button").focus();
    await expect(page.locator(".cell-info")).toHaveText(
      "Konstfack × Barn- och utbildningsförvaltningen (BUF): ULF-avtal med Konstfack",
    );
    // Entries the matrix cannot place are accounted for.
    await expect(page.locator("#ej-placerade")).toContainText(
      "2 poster namnger ingen akademi i PM och saknar därför rad:",
    );
    await expect(page.locator("#ej-placerade")).toContainText("Examensarbeten");
    await expect(page.locator("#ej-placerade")).toContainText("Region Stockholm (1)");
    await expect(page.locator(".view-switch a[aria-current]")).toHaveText("Relationer");
  });

  test("clicking a cell sets akademi and forvaltning and shows those entries", async ({ page }) => {
    await open(page, "?vy=relation");
    await page.getByRole("button", { name: /^Konstfack × Barn- och utbildningsförvaltningen/ }).click();
    await expect(page).toHaveURL(/\?akademi=konstfack&forvaltning=buf&vy=relation$/);
    expect(await listedIds(page)).toEqual(["ulf-konstfack"]);
    await expect(page.locator("#f-akademi-konstfack")).toBeChecked();
    // The matrix keeps its rows; the chosen cell is marked.
    await expect(page.locator("table#matris tbody tr")).toHaveCount(13);
    await expect(page.locator("table#matris td.selected")).toHaveCount(1);
    // The same cell again clears the selection.
    await page.getByRole("button", { name: /^Konstfack × Barn- och utbildningsförvaltningen/ }).click();
    await expect(page).toHaveURL(/\?vy=relation$/);
    // A row header filters by that academy alone; a column header by that department.
    await page.getByRole("button", { name: "Filtrera på Malmö universitet" }).first().click();
    await expect(page).toHaveURL(/\?akademi=mau&vy=relation$/);
    expect(await listedIds(page)).toEqual(["mau-fys"]);
    await page.locator("table#matris thead").getByRole("button", { name: /Filtrera på Socialförvaltningen/ }).click();
    await expect(page).toHaveURL(/\?akademi=mau&forvaltning=sof&vy=relation$/);
  });

  test("the diagram highlights a node's edges and filters on click", async ({ page }) => {
    await open(page, "?vy=relation");
    const edges = page.locator(".diagram path.edge");
    const total = await edges.count();
    expect(total).toBeGreaterThan(15);
    await expect(page.locator(".diagram path.edge.dim")).toHaveCount(0);
    const node = page.locator(".diagram g.node", { hasText: "Malmö universitet" });
    await node.focus();
    // Only Malmö's one edge stays lit.
    await expect(page.locator(".diagram path.edge.dim")).toHaveCount(total - 1);
    await node.press("Enter");
    await expect(page).toHaveURL(/\?akademi=mau&vy=relation$/);
    await expect(page.locator(".diagram path.edge-loper-ut")).toHaveCount(3);
    // The chosen academy stays marked, and lit, once focus moves on.
    await expect(node).toHaveAttribute("aria-pressed", "true");
    await page.locator("#vy-rubrik").focus();
    await expect(page.locator(".diagram path.edge:not(.dim)")).toHaveCount(1);
    await expect(page.locator(".diagram g.node.chosen")).toHaveCount(1);
  });

  test("the matrix follows search and category", async ({ page }) => {
    await open(page, "?kategori=ulf&vy=relation");
    await expect(page.locator("table#matris tbody th")).toHaveText([
      "Södertörns högskola",
      "Stockholms konstnärliga högskola",
      "Konstfack",
    ]);
    await open(page, "?q=zzzz&vy=relation");
    await expect(page.locator(".relation")).toContainText(
      "Ingen post med namngiven akademi matchar sökningen och filtren.",
    );
  });
});

test.describe("timeline", () => {
  test("vy=tidslinje marks exactly the entries expiring on 2026-11-28", async ({ page }) => {
    await open(page, "?vy=tidslinje");
    const panel = page.locator("#loper-ut");
    await expect(panel.locator("h2")).toHaveText("Löper ut inom 6 månader");
    expect(await panel.locator("li").evaluateAll((els) => els.map((e) => e.dataset.id))).toEqual([
      "mau-fys",
      "ulf-skh",
      "ulf-konstfack",
    ]);
    await expect(panel.locator("li[data-id=ulf-konstfack]")).toContainText("slutar 2026-12-31");
    await expect(panel.locator("li[data-id=ulf-konstfack]")).toContainText(
      "Kontaktperson: Christina Dolke Andersson, avdelningschef",
    );
    const expiringRows = await page
      .locator(".tl-row[data-status=loper-ut]")
      .evaluateAll((els) => els.map((e) => e.dataset.id));
    expect(expiringRows).toEqual(["mau-fys", "ulf-skh", "ulf-konstfack"]);
    await expect(page.locator(".tl-row")).toHaveCount(18);
    // Sorted by end: the earliest end first.
    await expect(page.locator(".tl-row").first()).toHaveAttribute("data-id", "scenkonstresidens");
    // Open ends and unknown dates are said in words.
    await expect(page.locator(".tl-row[data-id=cpu]")).toContainText("tills vidare, fortsätter efter axeln");
    await expect(page.locator(".tl-row[data-id=examensarbeten]")).toContainText("datum saknas i PM");
    await expect(page.locator(".tl-row[data-id=examensarbeten] .bar")).toHaveCount(0);
    // The near years by default; the whole period reaches back to 2009.
    await expect(page.locator(".tl-axis .tick", { hasText: "2009" })).toHaveCount(0);
    await open(page, "?vy=tidslinje&period=hela");
    await expect(page.locator(".tl-axis .tick", { hasText: "2009" })).toHaveCount(1);
  });

  test("a bar opens its entry", async ({ page }) => {
    await open(page, "?vy=tidslinje&forvaltning=kuf");
    await page.locator(".tl-row[data-id=nya-roster] .bar").click();
    await expect(page).toHaveURL(/\?forvaltning=kuf&vy=tidslinje&post=nya-roster$/);
    await expect(page.locator("article.detail h2")).toContainText("Nya röster");
    await page.goBack();
    await expect(page.locator(".tl-row")).toHaveCount(2);
  });

  test("on another day other entries expire", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2027-07-01T12:00:00"));
    await open(page, "?vy=tidslinje");
    expect(await page.locator("#loper-ut li").evaluateAll((els) => els.map((e) => e.dataset.id))).toEqual([
      "ulf-sh",
      "innovation-station",
    ]);
  });

  test("the navigation switches views and keeps the filters", async ({ page }) => {
    await open(page, "?akademi=sh");
    await page.locator("#som-tidslinje").click();
    await expect(page).toHaveURL(/\?akademi=sh&vy=tidslinje$/);
    await expect(page.locator(".tl-row")).toHaveCount(11);
    await page.locator("#som-relation").click();
    await expect(page).toHaveURL(/\?akademi=sh&vy=relation$/);
    await page.locator("#som-lista").click();
    await expect(page).toHaveURL(/\?akademi=sh$/);
    await expect(page.locator("li.entry")).toHaveCount(11);
  });
});

test("Relationer counts ended entries only when the status filter asks for them", async ({ page }) => {
  await open(page, "?status=avslutad&vy=relation");
  const matrix = page.locator("table#matris");
  await expect(matrix.locator("thead")).toContainText("KUF");
  await expect(matrix.locator("thead")).toContainText("Näringslivsenheten");
  await expect(page.locator("#ej-placerade")).toContainText("Film Stockholm AB (1)");
  const sh = matrix.locator('tbody tr:has(th:has-text("Södertörns högskola"))');
  await expect(sh.locator("td").last()).toHaveText("3");
});

test("the relation table fits 1280 px, and a cell's names appear beside it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const query of ["?vy=relation", "?vy=relation&status=aktiv,loper-ut,avslutad"]) {
    await open(page, query);
    const fit = await page.locator(".matrix-wrap").evaluate((w) => w.scrollWidth <= w.clientWidth);
    expect(fit, `${query}: the table needs no scrolling`).toBe(true);
    // Short names in the heads, the full name in the tooltip and the accessible name.
    const head = page.locator("#matris thead th button", { hasText: "GAF" });
    await expect(head).toHaveAttribute("title", "Gymnasie- och arbetsmarknadsförvaltningen (GAF)");
    await expect(head).toHaveAccessibleName(/Gymnasie- och arbetsmarknadsförvaltningen/);
  }
  await open(page, "?vy=relation");
  const info = page.locator("#cell-info");
  await expect(info).toContainText("Tryck på, klicka på eller gå till en cell");
  await page.locator('#matris button[data-pos="1-2"]').hover();
  await expect(info).toContainText("Södertörns högskola × Gymnasie- och arbets");
  // Beside the table, level with the cell, and on screen.
  const table = await page.locator("#matris").boundingBox();
  const box = await info.boundingBox();
  expect(box.x).toBeGreaterThan(table.x + table.width);
  expect(box.y).toBeLessThan(table.y + 200);
  await expect(info).toBeInViewport();
});

test("Relationer prints its matrix with every name and count", async ({ page }) => {
  await open(page, "?vy=relation");
  await page.emulateMedia({ media: "print" });
  const matrix = page.locator("table#matris");
  await expect(matrix).toBeVisible();
  // The names and counts are buttons on screen; on paper they must still be there.
  const row = matrix.locator('tbody tr:has(th:has-text("Södertörns högskola"))');
  await expect(row.locator("th button")).toBeVisible();
  await expect(row.locator("td").nth(1).locator("button")).toBeVisible();
  await expect(row.locator("td").nth(1)).toHaveText("4");
  await expect(matrix.locator("thead th button").first()).toBeVisible();
  // The interface's own controls are not printed.
  await expect(page.locator("#sprak")).toBeHidden();
});

test.describe("expiry horizon (inom)", () => {
  test("Löper ut inom lists what ends before the horizon, lives in the link, and lifts", async ({ page }) => {
    await open(page);
    const control = page.getByLabel("Löper ut inom", { exact: true });
    await expect(control).toHaveValue("");
    await control.selectOption("24");
    await expect(page).toHaveURL(/\?inom=24$/);
    // On 2026-11-28: the 2026 and 2027 agreements, not "tills vidare", not ended ones.
    expect(await listedIds(page)).toEqual(["ulf-sh", "ulf-skh", "ulf-konstfack", "innovation-station", "mau-fys"]);
    await expect(page.locator("#antal")).toHaveText("5 av 18 poster");
    await expect(page.locator(".chips")).toContainText("Löper ut inom 24 månader");
    await control.selectOption("6");
    await expect(page).toHaveURL(/\?inom=6$/);
    expect(await listedIds(page)).toEqual(["ulf-skh", "ulf-konstfack", "mau-fys"]);
    // A link with a horizon of its own is shown as it is, and combines with facets.
    await open(page, "?inom=9&akademi=konstfack");
    await expect(page.getByLabel("Löper ut inom", { exact: true })).toHaveValue("9");
    expect(await listedIds(page)).toEqual(["ulf-konstfack"]);
    // The chip removes it.
    await page.getByRole("button", { name: "Ta bort filter Löper ut inom 9 månader" }).click();
    await expect(page).toHaveURL(/\?akademi=konstfack$/);
    await expect(page.getByLabel("Löper ut inom", { exact: true })).toHaveValue("");
  });

  test("a bad inom is ignored with a notice, and English words the control", async ({ page }) => {
    await open(page, "?inom=aldrig&lang=en");
    await expect(page.locator("#antal")).toHaveText("18 of 18 entries");
    await expect(page.getByLabel("Ends within")).toHaveValue("");
    await expect(page.locator(".notice")).toContainText("inom");
  });
});
