// The first screen pre-rendered into index.html at build time (crates/core/src/prerender.rs):
// readable before the wasm has loaded and with JavaScript off, and replaced by the app when it
// starts with the same rows and facets, element for element.
import { test as plain } from "@playwright/test";
import { test, expect, holdApp } from "./fixtures.js";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole register is readable, and the page says what needs JavaScript", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("#forhandsvisning")).toBeVisible();
    await expect(page.locator("#laddar")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samverkan med akademierna");
    await expect(page.locator("li.entry")).toHaveCount(18);
    await expect(page.locator("p.count")).toHaveText("18 av 18 poster");
    await expect(page.locator("li.entry[data-id=ulf-sh]")).toContainText("Pia Hasselrot, utvecklingsledare");
    await expect(page.locator("li.entry[data-id=ulf-sh]")).toContainText("2025–2027");
    await expect(page.getByText("Sökning, filter, detaljer och ändringar kräver JavaScript.")).toBeVisible();
    await expect(page.locator("[data-facet=akademi] li").first()).toContainText("Södertörns högskola11");
    await expect(page.locator("#sok")).toBeDisabled();
    // Controls that need the app are not shown; the view links are.
    await expect(page.locator(".sort-control")).toBeHidden();
    await expect(page.locator(".actions")).toBeHidden();
    await expect(page.locator(".within")).toBeHidden();
    await expect(page.locator(".view-switch a")).toHaveText(["Lista", "Tabell", "Relationer", "Tidslinje"]);
  });
});

/** Element structure of each element matching `selector`: tags, classes and attributes with their
 * values, children in order; text left out (compared on its own). `disabled` is left out too: the
 * pre-rendered controls are disabled by design until the app makes them work. */
function shapes(page, selector) {
  return page.locator(selector).evaluateAll((els) => {
    const shape = (el) => {
      const attrs = [...el.attributes]
        .filter((a) => a.name !== "disabled")
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(" ");
      const children = [...el.children].map(shape).join("");
      return `<${el.localName}${attrs ? " " + attrs : ""}>${children}</${el.localName}>`;
    };
    return els.map(shape);
  });
}

/** Each row's id, heading text and facts text. */
function rows(page) {
  return page
    .locator("li.entry")
    .evaluateAll((els) =>
      els.map((e) => [e.dataset.id, e.querySelector("h3").textContent, e.querySelector("dl.facts").textContent]),
    );
}

/** Opens the page with the wasm held back, so the pre-rendered screen stays until the returned
 * function lets the app start. */
async function openHeld(page) {
  const release = await holdApp(page);
  await page.goto("./");
  await expect(page.locator("#forhandsvisning li.entry")).toHaveCount(18);
  return release;
}

test("the app replaces the pre-rendered screen with the same rows and facets, element for element", async ({
  page,
}) => {
  // Hold the wasm back until the pre-rendered screen has been read.
  const release = await openHeld(page);
  const before = {
    rows: await rows(page),
    rowShapes: await shapes(page, "li.entry"),
    facetShapes: await shapes(page, "details.facet"),
    facetText: await page.locator("details.facet").allTextContents(),
  };
  expect(before.facetShapes).toHaveLength(4);
  release();
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  await expect(page.locator("#forhandsvisning")).toHaveCount(0);
  await expect(page.locator("#laddar")).toHaveCount(0);
  await expect(page.locator("#sok")).toBeEnabled();
  expect(await rows(page)).toEqual(before.rows);
  // Row by row and facet by facet, so a difference names the row or facet it is in.
  const rowShapes = await shapes(page, "li.entry");
  expect(rowShapes).toHaveLength(before.rowShapes.length);
  rowShapes.forEach((s, i) => expect(s, `row ${before.rows[i][0]}`).toBe(before.rowShapes[i]));
  const facetShapes = await shapes(page, "details.facet");
  expect(facetShapes).toHaveLength(4);
  facetShapes.forEach((s, i) => expect(s, `facet ${i + 1}`).toBe(before.facetShapes[i]));
  expect(await page.locator("details.facet").allTextContents()).toEqual(before.facetText);
});

/** Where the first screen's parts are: the page's frame, every facet group, the count's row, the
 * row under it and the first entries. */
function places(page) {
  return page.evaluate(() => {
    // Not the sidebar's height: it stretches to the results, whose rows below the fold have an
    // estimated height until drawn (content-visibility: auto).
    const parts = [".site-header", "h1", ".search", "details.facet", ".within", ".count",
      ".view-switch", ".sort-control", ".actions", "li.entry:nth-child(-n+4)"];
    return parts.flatMap((sel) => [...document.querySelectorAll(sel)].map((e, i) => {
      const r = e.getBoundingClientRect();
      return `${sel}[${i}] ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    }));
  });
}

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("nothing on the first screen moves when the app takes over", async ({ page }) => {
      const release = await openHeld(page);
      const before = await places(page);
      // Every part is there before the app, so a part the app adds is a difference below.
      expect(before.filter((p) => p.startsWith("details.facet"))).toHaveLength(4);
      release();
      await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
      await expect(page.locator("#forhandsvisning")).toHaveCount(0);
      expect(await places(page)).toEqual(before);
    });
  });
}

// The app never starts here (its wasm is refused), so these use plain Playwright: the refused
// request is the point, not an error.
plain.describe("before the app has started", () => {
  plain.beforeEach(async ({ page }) => {
    await page.route("**/*_bg.wasm", (route) => route.abort());
  });

  plain("the plain address shows the pre-rendered register at once", async ({ page }) => {
    await page.goto("./");
    await expect(page.locator("li.entry")).toHaveCount(18);
    await expect(page.locator("#forhandsvisning")).toBeVisible();
    await expect(page.locator("#laddar")).toBeHidden();
    // The note for readers without JavaScript is not shown where scripts run.
    await expect(page.locator(".utan-js")).toBeHidden();
  });

  for (const query of ["?q=ulf", "?vy=tidslinje", "?post=cpu", "?lang=en"]) {
    plain(`a link to ${query} does not flash the unfiltered list`, async ({ page }) => {
      await page.goto(`./${query}`);
      await expect(page.locator("#laddar")).toBeVisible();
      await expect(page.locator("#forhandsvisning li.entry").first()).toBeHidden();
    });
  }

  plain("a reader who chose English does not see the Swedish list first", async ({ page }) => {
    await page.goto("./");
    await page.evaluate(() => localStorage.setItem("samverkansregistret.sprak", "en"));
    await page.reload();
    await expect(page.locator("#forhandsvisning li.entry").first()).toBeHidden();
    await expect(page.locator("#forhandsvisning .site-header")).toBeHidden();
    await expect(page.locator("#laddar")).toBeVisible();
  });
});
