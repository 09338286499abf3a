// Printouts that read well and lead back (issue 25): every view's paper carries its own link as
// text and as a QR code; the table's heads never touch, dates are never broken, and words break
// only between the parts of a compound; the page counts stay what a meeting handout can carry.
import { test, expect, open } from "./fixtures.js";

const pages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const [view, query, most] of [
  ["the list", "?status=galler", 2],
  ["the table", "?vy=tabell&sortera=slut", 1],
  ["relations", "?vy=relation", 3],
  ["the timeline", "?vy=tidslinje", 2],
  ["an entry", "?post=mau-fys", 1],
]) {
  test(`${view} prints its own link and QR code, on at most ${most} page(s)`, async ({ page }) => {
    await open(page, query);
    await page.emulateMedia({ media: "print" });
    const link = page.locator("#utskrift .print-url");
    await expect(link).toBeVisible();
    // The view as it is: the address of this very view.
    expect(await link.textContent()).toBe(page.url());
    const qr = page.locator("#utskrift svg.print-qr");
    await expect(qr).toBeVisible();
    expect(await qr.locator("path").getAttribute("d")).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    // Beside the summary's lines, not under them: the link costs no height.
    const [summary, code] = [await page.locator("#utskrift .print-title").boundingBox(), await qr.boundingBox()];
    expect(code.x).toBeGreaterThan(summary.x + 200);
    expect(pages(await page.pdf({ preferCSSPageSize: true }))).toBeLessThanOrEqual(most);
  });
}

test("a changed view prints its new link", async ({ page }) => {
  await open(page);
  await page.locator("#sok").fill("ulf");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#utskrift .print-url")).toHaveText(/\?q=ulf$/);
});

test("the printed table: heads apart, dates whole, words broken only between compound parts", async ({ page }) => {
  // The width of the landscape page's text (A4, 10 mm margins: 277 mm), where the PDF lays it out.
  await page.setViewportSize({ width: 1047, height: 733 });
  await open(page, "?vy=tabell&sortera=slut");
  await page.emulateMedia({ media: "print" });
  const found = await page.evaluate(() => {
    const problems = [];
    // The right edge of the widest line of each head's words, against the next head's left.
    const heads = [...document.querySelectorAll("#tabell thead th")].map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th.querySelector("button") ?? th);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return {
        text: th.textContent.trim(),
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
    });
    for (let k = 1; k < heads.length; k++) {
      const gap = heads[k].left - heads[k - 1].right;
      if (gap < 3) problems.push(`heads ${heads[k - 1].text} | ${heads[k].text}: ${gap.toFixed(1)} px apart`);
    }
    // Each date on one line: the date columns and the dates inside the status reasons.
    for (const el of document.querySelectorAll("#tabell td.date, #tabell .nowrap")) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) problems.push(`date broken: ${el.textContent}`);
    }
    // Every run of letters between spaces and hyphens on one line; a compound's break hint is a
    // separate element, so its parts are separate text nodes.
    const walker = document.createTreeWalker(document.querySelector("#tabell tbody"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".print-only:not(.reason), .badge") && !node.parentElement.closest(".title")) continue;
      if (getComputedStyle(node.parentElement).display === "none") continue;
      const text = node.textContent;
      for (const match of text.matchAll(/[^\s\-–]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`word broken: ${match[0]}`);
      }
    }
    return problems;
  });
  expect(found).toEqual([]);
  // A long department name has its hint, which the paper may use.
  await expect(page.locator('#tabell tr[data-id="innovation-station"] td[data-label="Förvaltning"] .shy')).toHaveCount(1);
});

test("Gäller asks for everything in force; chips, the printout and the empty result say it the same way", async ({ page }) => {
  await open(page);
  await page.locator("#f-status-galler").check();
  await expect(page).toHaveURL(/\?status=galler$/);
  await expect(page.locator("#antal")).toHaveText("15 av 18 poster");
  const ids = await page.locator("li.entry").evaluateAll((els) => els.map((e) => e.dataset.id));
  // The agreements ending within six months are in force too.
  expect(ids).toContain("ulf-skh");
  expect(ids).toContain("ulf-sh");
  expect(ids).not.toContain("campusgruppen");
  const words = "Status: Gäller (aktiv eller löper ut)";
  await expect(page.getByRole("button", { name: `Ta bort filter ${words}` })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#utskrift")).toContainText(`Urval: ${words}`);
  await page.emulateMedia({ media: "screen" });
  // Nothing in force in the past collaborations: the suggestion names the choice as the chip does.
  await open(page, "?kategori=tidigare&status=galler");
  await expect(page.locator("#tomt")).toBeVisible();
  await expect(page.getByRole("button", { name: `Utan ”${words}”: 2 poster` })).toBeVisible();
  // An old link keeps its meaning: active only, without those ending soon.
  await open(page, "?status=aktiv");
  await expect(page.locator("#antal")).toHaveText("12 av 18 poster");
  await expect(page.locator('li.entry[data-id="ulf-skh"]')).toHaveCount(0);
});

test("a coordinator's printout carries neither editing mode's reminder nor the open-data file names", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("samverkansregistret.redigera", "1"));
  await open(page, "?post=cpu");
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("utskriven");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("#bara-har")).toBeVisible();
  await expect(page.locator("footer .open-data")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#bara-har")).toBeHidden();
  await expect(page.locator("footer .open-data")).toBeHidden();
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, utskriven");
});
