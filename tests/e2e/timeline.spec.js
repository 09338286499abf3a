// The timeline's axis: the near years by default, the whole period on request (in the link),
// year labels that never overlap, and bars on paper.
import { test, expect, open, violations } from "./fixtures.js";

/** The visible year labels' boxes, left to right. */
const labels = (page) =>
  page.locator(".tl-axis .tick-label").evaluateAll((els) =>
    els
      .filter((e) => getComputedStyle(e).display !== "none")
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, left: r.left, right: r.right };
      }),
  );

test("the axis runs from two years back to three ahead, and Visa hela perioden widens it", async ({ page }) => {
  await open(page, "?vy=tidslinje");
  await expect(page.locator("#tidsaxel")).toHaveText("Tidsaxeln visar 2024-11-28 till 2029-11-28.");
  expect((await labels(page)).map((l) => l.text)).toEqual(["2025", "2026", "2027", "2028", "2029"]);
  // The next six months are wide enough to see: at 1280 px, more than 50 px of track.
  const track = await page.locator(".tl-axis .tl-track").boundingBox();
  expect(track.width * 0.1).toBeGreaterThan(50);
  // Cut at the edges, and said in words: the trainee programme started before the axis.
  await expect(page.locator('.tl-row[data-id="huddingetrainee-socionom"] .bar')).toHaveClass(/from-before/);
  await page.getByRole("button", { name: "Visa hela perioden" }).click();
  await expect(page).toHaveURL(/vy=tidslinje&period=hela$/);
  await expect(page.locator("#tidsaxel")).toHaveText("Tidsaxeln visar 2009-01-01 till 2027-12-31.");
  await expect(page.locator('.tl-row[data-id="huddingetrainee-socionom"] .bar')).not.toHaveClass(/from-before/);
  await page.getByRole("button", { name: "Visa de närmaste åren" }).click();
  await expect(page).toHaveURL(/vy=tidslinje$/);
  // A narrow horizon: the residence (2021–2024) ended a month into the axis.
  const bar = await page.locator('.tl-row[data-id="scenkonstresidens"] .bar').boundingBox();
  expect(bar.width).toBeLessThan(track.width * 0.05);
  expect(await violations(page)).toEqual([]);
});

test("a search that leaves only old entries says the bars are before the axis", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2031-06-01T12:00:00"));
  await open(page, "?vy=tidslinje&q=scenkonstresidens");
  const row = page.locator('.tl-row[data-id="scenkonstresidens"]');
  await expect(row.locator(".bar")).toHaveCount(0);
  await expect(row.locator(".tl-validity")).toContainText("slutade före axelns början");
});

for (const query of ["?vy=tidslinje", "?vy=tidslinje&period=hela"]) {
  test(`year labels never overlap at 390 px (${query})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await open(page, query);
    const shown = await labels(page);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const track = await page.locator(".tl-axis .tl-track").boundingBox();
    for (let i = 1; i < shown.length; i++) {
      expect(shown[i].left, `${shown[i - 1].text} and ${shown[i].text}`).toBeGreaterThan(shown[i - 1].right + 2);
    }
    expect(shown.at(-1).right).toBeLessThanOrEqual(track.x + track.width + 1);
  });
}

test("the timeline prints with its bars and axis", async ({ page }) => {
  await open(page, "?vy=tidslinje");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator('.tl-row[data-id="ulf-konstfack"] .bar')).toBeVisible();
  await expect(page.locator(".tl-axis")).toBeVisible();
  await expect(page.locator(".today-mark").first()).toBeVisible();
  await expect(page.locator("#tidsaxel")).toBeVisible();
  await expect(page.locator("#hela-perioden")).toBeHidden();
  await expect(page.locator("#utskrift .print-title")).toHaveText(
    "Giltighetstid över tid – Samverkansregistret – Huddinge kommun",
  );
});
