// The meeting on phones (issue 25): a QR code's link opened at 390×844 on a touch screen, and the
// same views at 1280×800. Every view fits the phone's width, names are readable without hover,
// the first screen answers first, and the share toolbar keeps its shape.
import { test, expect, open, accessible } from "./fixtures.js";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Nothing on the page is wider than the window, except inside a box that scrolls on its own. */
async function noSidewaysScroll(page) {
  const { page: width, window: inner, wide } = await page.evaluate(() => {
    const wide = [];
    for (const el of document.querySelectorAll("main *")) {
      if (el.closest(".matrix-wrap")) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > innerWidth + 0.5) wide.push(`${el.tagName}.${el.className}`);
    }
    return { page: document.documentElement.scrollWidth, window: innerWidth, wide: wide.slice(0, 5) };
  });
  expect(wide).toEqual([]);
  expect(width).toBeLessThanOrEqual(inner);
}

test.describe("at 390 px on a touch phone", () => {
  test.use(PHONE);

  test("the first screen has the count and the first result; the filters wait behind one button", async ({ page }) => {
    await open(page);
    const toggle = page.locator("#filter-knapp");
    await expect(toggle).toHaveText("Filter");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("#filtergrupper")).toBeHidden();
    await expect(page.locator("#antal")).toBeInViewport({ ratio: 1 });
    await expect(page.locator("li.entry").first().locator("h3")).toBeInViewport({ ratio: 1 });
    await noSidewaysScroll(page);

    // Open, tick two, and the button says how many are active; "Visa N poster" folds the panel
    // and lands on the count, with the results right under it.
    await toggle.tap();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await page.locator("details[data-facet=status] > summary").tap();
    await page.locator("label[for=f-status-galler]").tap();
    await page.locator("details[data-facet=akademi] > summary").tap();
    await page.locator("label[for=f-akademi-sh]").tap();
    await expect(page).toHaveURL(/\?akademi=sh&status=galler$/);
    await expect(toggle).toHaveText("Filter (2)");
    const done = page.locator(".filter-done");
    await expect(done).toHaveText("Visa 8 poster");
    await done.tap();
    await expect(page.locator("#filtergrupper")).toBeHidden();
    await expect(page.locator("#antal")).toBeFocused();
    await expect(page.locator("#antal")).toHaveText("8 av 18 poster");
    await expect(page.locator("li.entry").first().locator("h3")).toBeInViewport();
    await accessible(page, "the list at 390 px, filtered");
    // The panel open is a state of its own for axe.
    await toggle.tap();
    await accessible(page, "the filter panel open at 390 px");
  });

  test("the table is a card per row with every field and its label, sortable, no sideways scroll", async ({ page }) => {
    await open(page, "?vy=tabell&sortera=slut");
    await noSidewaysScroll(page);
    const row = page.locator('#tabell tbody tr[data-id="ulf-konstfack"]');
    // Every field is on screen (within the width) with its label above it.
    for (const [label, value] of [
      ["Kategori", "ULF-avtal"],
      ["Akademier", "Konstfack"],
      ["Förvaltning", "BUF"],
      ["Kontaktperson", "Christina Dolke Andersson"],
      ["Giltig från", "2025"],
      ["Giltig till", "2026-12-31"],
      ["Status", "Löper ut"],
    ]) {
      const cell = row.locator(`td[data-label="${label}"]`);
      await expect(cell).toBeVisible();
      await expect(cell).toContainText(value);
      const shown = await cell.evaluate((el) => getComputedStyle(el, "::before").content);
      expect(shown).toContain(label);
      const box = await cell.boundingBox();
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // Sorting stays available, and the link is the same as on a laptop.
    const sort = page.getByLabel("Sortera", { exact: true });
    await expect(sort).toBeVisible();
    await sort.selectOption("namn");
    await expect(page).toHaveURL(/\?vy=tabell&sortera=namn$/);
    await expect(page.locator("#tabell tbody tr").first()).toHaveAttribute("data-id", "mau-fys");
    await accessible(page, "the table at 390 px");
  });

  test("relations: names without hover, the name column stays, a tap shows the cell's entries right there", async ({ page }) => {
    await open(page, "?vy=relation");
    await noSidewaysScroll(page);
    // The matrix scrolls in its own box, with a shadow at the edge that has more.
    const wrap = page.locator(".matrix-wrap");
    const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    expect(await wrap.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain("radial-gradient");
    // The title is above the box, whole.
    const title = await page.locator("#matris-rubrik").boundingBox();
    expect(title.x).toBeGreaterThanOrEqual(0);
    expect(title.x + title.width).toBeLessThanOrEqual(390);

    // Scrolled right, the academies' names stay where they were.
    const name = page.locator("#matris tbody th").first();
    const before = await name.boundingBox();
    await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = await name.boundingBox();
    expect(after.x).toBeCloseTo(before.x, 0);
    await wrap.evaluate((el) => (el.scrollLeft = 0));

    // The departments' names are on the page, not only in tooltips.
    const legend = page.locator(".matrix-legend");
    await expect(legend).toBeVisible();
    await expect(legend.locator("div", { hasText: "GAF" }).locator("dd")).toHaveText(
      "Gymnasie- och arbetsmarknadsförvaltningen (GAF)",
    );
    await expect(legend.locator("dt")).toHaveText(["KSF", "GAF", "BUF", "SOF"]);

    // The instructions speak to touch too.
    await expect(page.locator(".relation .hint")).toContainText("Tryck");

    // A tap on a count: the cell's entries, as links, in view at once.
    await page.getByRole("button", { name: /^Konstfack × Barn- och utbildningsförvaltningen/ }).tap();
    await expect(page).toHaveURL(/akademi=konstfack&forvaltning=buf/);
    const info = page.locator("#cell-info");
    await expect(info).toContainText("Konstfack × Barn- och utbildningsförvaltningen (BUF): 1 post");
    const link = info.getByRole("link", { name: "ULF-avtal med Konstfack" });
    await expect(link).toBeInViewport({ ratio: 1 });
    await accessible(page, "relations at 390 px with a cell chosen");
    await link.tap();
    await expect(page).toHaveURL(/post=ulf-konstfack/);

    // The diagram, whose labels would be too small here, gives way to the matrix.
    await open(page, "?vy=relation");
    await expect(page.locator(".diagram")).toBeHidden();
  });

  test("the timeline and an entry fit the width", async ({ page }) => {
    for (const query of ["?vy=tidslinje", "?post=mau-fys"]) {
      await open(page, query);
      await noSidewaysScroll(page);
    }
    await page.goto("./?vy=om");
    await expect(page.locator("main h1")).toHaveText("Om registret");
    await noSidewaysScroll(page);
  });
});

test.describe("at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("every filter group and Löper ut inom can be used while the results stay in view", async ({ page }) => {
    await open(page);
    const count = page.locator("#antal");
    // The panel scrolls on its own beside the results.
    const sidebar = page.locator(".sidebar");
    expect(await sidebar.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
    // Down the panel with the wheel, as a reader scrolls it, to each group in turn.
    const box = await sidebar.boundingBox();
    await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 100, 700));
    for (const [control, act] of [
      ["#f-forvaltning-gaf", "check"],
      ["#f-akademi-ki", "check"],
      ["#f-kategori-forum", "check"],
      ["#f-status-galler", "check"],
      ["#f-inom", "select"],
    ]) {
      const el = page.locator(control);
      for (let i = 0; i < 30 && !(await el.evaluate((e) => e.getBoundingClientRect().bottom < innerHeight - 10)); i++) {
        await page.mouse.wheel(0, 120);
        await page.waitForTimeout(30);
      }
      await expect(el).toBeInViewport({ ratio: 1 });
      if (act === "check") await el.check();
      else await el.selectOption("24");
      await expect(count).toBeInViewport({ ratio: 1 });
      // The first result, or what to lift when nothing is left.
      await expect(page.locator("li.entry, #tomt").first()).toBeInViewport();
    }
    await expect(page).toHaveURL(/akademi=ki&forvaltning=gaf&kategori=forum&status=galler&inom=24/);
  });

  test("the view switch is offered once, beside the count, at both widths", async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, "?q=ulf");
      const table = page.locator('a[href="?q=ulf&vy=tabell"]');
      await expect(table).toHaveCount(1);
      await expect(table).toBeVisible();
      await expect(table).toHaveAttribute("id", "som-tabell");
      // The header leads to the register and to the page about it.
      await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link")).toHaveText([
        "Registret",
        "Om registret",
      ]);
    }
  });

  test("with an entry open the share toolbar keeps its three tools, evenly spaced", async ({ page }) => {
    const gaps = async () =>
      page.locator(".share").evaluate((bar) => {
        const boxes = [...bar.querySelectorAll("[data-tool]")].map((b) => b.getBoundingClientRect());
        return boxes.slice(1).map((b, k) => Math.round(b.left - boxes[k].right));
      });
    await open(page);
    const list = await gaps();
    await open(page, "?post=mau-fys");
    await expect(page.locator(".share [data-tool]")).toHaveCount(3);
    expect(await gaps()).toEqual(list);
    expect(new Set(list).size).toBe(1);
  });
});

test("wherever the diagram is shown its labels are at least 12 CSS px; elsewhere the table stands alone", async ({ page }) => {
  let shown = 0;
  for (const width of [390, 700, 820, 1000, 1100, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, "?vy=relation");
    const diagram = page.locator(".diagram");
    await expect(page.locator("#matris")).toBeVisible();
    if (!(await diagram.isVisible())) continue;
    shown += 1;
    // The labels' font size in drawing units, scaled as the drawing is.
    const px = await diagram.locator("svg").evaluate(
      (svg) =>
        (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) *
        parseFloat(getComputedStyle(svg.querySelector(".node text")).fontSize),
    );
    expect(px, `labels at ${width} px`).toBeGreaterThanOrEqual(12);
  }
  expect(shown).toBeGreaterThan(0);
});

test.describe("keyboard at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Hoppa till filtren lands on the Filter button, which opens the panel", async ({ page }) => {
    await open(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText("Hoppa till filtren");
    await page.keyboard.press("Enter");
    await expect(page.locator("#filter-knapp")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#filter-knapp")).toHaveAttribute("aria-expanded", "true");
    // On into the groups: the first group's summary is the next stop.
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText(/^Förvaltning/);
  });
});

test.describe("a name of 10,000 letters without a space", () => {
  test.use({ viewport: { width: 320, height: 720 }, serviceWorkers: "block" });

  test("wraps in the list, the table and the open entry, at 320 px", async ({ page, request }) => {
    const register = await (await request.get("./register.json")).json();
    register.entries[0].name = "a".repeat(10_000);
    await page.route("**/register.json", (route) => route.fulfill({ json: register }));
    const id = register.entries[0].id;
    for (const query of ["", "?vy=tabell", `?post=${id}`]) {
      await open(page, query);
      await expect(page.locator("main")).toContainText("aaaaaaaaaa");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, query || "the list").toBeLessThanOrEqual(320);
    }
  });
});
