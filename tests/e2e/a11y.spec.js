// Accessibility (WCAG 2.1 AA, as lag 2018:1937 requires): axe-core in every view and state, in
// light and dark mode and in both languages; landmarks, headings and the live region; text at
// 200 % and a 320 px wide screen.
import { test, expect, open, controlled, editingMode, violations } from "./fixtures.js";

/** `query` with `lang=en` added when the language is English. */
function withLang(query, lang) {
  if (lang === "sv") return query;
  return query ? `${query}&lang=${lang}` : `?lang=${lang}`;
}

const button = {
  save: { sv: "Spara", en: "Save" },
  edit: { sv: "Redigera", en: "Edit" },
  delete: { sv: "Ta bort", en: "Delete" },
};

// Each state: the query to open, then what to do to reach it.
const states = {
  "list": { query: "" },
  "detail": { query: "?post=ulf-sh" },
  "detail in editing mode": { query: "?post=ulf-sh", editing: true },
  "detail with the delete question": {
    query: "?post=ulf-konstfack",
    editing: true,
    act: async (page, lang) => {
      await page.getByRole("button", { name: button.delete[lang], exact: true }).click();
      await expect(page.locator(".confirm")).toBeVisible();
    },
  },
  "search with no results": {
    query: "?q=zzzz&status=aktiv",
    act: async (page) => expect(page.locator("#tomt")).toBeVisible(),
  },
  "every facet open on a phone": {
    query: "?akademi=sh&status=loper-ut",
    viewport: { width: 320, height: 720 },
    act: async (page) => {
      await page.locator("#filter-knapp").click();
      await expect(page.locator("#filter-knapp")).toHaveAttribute("aria-expanded", "true");
      for (const d of await page.locator("details.facet").all()) {
        if (!(await d.evaluate((e) => e.open))) await d.locator("summary").click();
      }
      await expect(page.locator("details.facet:not([open])")).toHaveCount(0);
    },
  },
  "relation view with a cell in focus": {
    query: "?vy=relation&akademi=sh",
    act: async (page) => {
      await page.locator("#matris td button").first().focus();
      await expect(page.locator(".cell-info")).not.toBeEmpty();
    },
  },
  "timeline": { query: "?vy=tidslinje" },
  "edit form with validation errors": {
    query: "",
    editing: true,
    act: async (page, lang) => {
      await page.locator("#ny-post").click();
      await page.getByLabel(lang === "sv" ? "Giltig från" : "Valid from").fill("2025-13");
      await page.getByRole("button", { name: button.save[lang], exact: true }).click();
      await expect(page.locator(".form-errors")).toBeVisible();
      await expect(page.locator("#f-fran-fel")).not.toBeEmpty();
    },
  },
  "import preview": {
    query: "",
    editing: true,
    act: async (page) => {
      const overlay = {
        schema: "samverkansregistret-andringar",
        version: 1,
        edits: [{ id: "nytt", base: null, entry: { id: "nytt", name: "Nytt", category: "ulf", academies: ["sh"], partners: [], department: "gaf", contact: null, validity: { from: null, until: null, as_written: null }, ended: false, description: "", comment: null, links: [], source: "" } }],
      };
      await page.locator("#importera").setInputFiles({ name: "a.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overlay)) });
      await expect(page.locator(".import-preview")).toBeVisible();
    },
  },
  "import error": {
    query: "",
    editing: true,
    act: async (page) => {
      await page.locator("#importera").setInputFiles({ name: "trasig.json", mimeType: "application/json", buffer: Buffer.from("{ trasig") });
      await expect(page.locator(".import-error")).toBeVisible();
    },
  },
  "offline banner": {
    query: "?vy=tidslinje",
    act: async (page) => {
      await controlled(page);
      await page.context().setOffline(true);
      await expect(page.locator("#offline")).toBeVisible();
    },
  },
  "corrupted storage banner and a link with unknown parts": {
    query: "?akademi=harvard&vy=karta",
    before: (page) => page.addInitScript(() => localStorage.setItem("samverkansregistret.andringar.v1", "{trasig")),
    act: async (page) => {
      await expect(page.locator(".notice").first()).toBeVisible();
      await expect(page.locator("#lagring")).toBeVisible();
    },
  },
  "about the register": { query: "?vy=om" },
  "accessibility statement": { query: "?vy=tillganglighet" },
};

test.describe("axe-core finds no WCAG 2.1 A/AA violation", () => {
  for (const [name, s] of Object.entries(states)) {
    test(name, async ({ page }) => {
      if (s.viewport) await page.setViewportSize(s.viewport);
      if (s.before) await s.before(page);
      if (s.editing) await editingMode(page);
      for (const lang of ["sv", "en"]) {
        await page.context().setOffline(false);
        await page.emulateMedia({ colorScheme: "light" });
        await page.goto(`./${withLang(s.query, lang)}`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.locator("main h1")).toBeVisible();
        if (s.act) await s.act(page, lang);
        for (const scheme of ["light", "dark"]) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await violations(page), `${name}, ${lang}, ${scheme}`).toEqual([]);
        }
      }
    });
  }
});

/** WCAG contrast ratio of two CSS colours (`rgb(…)`, as getComputedStyle gives them). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `fg` at `alpha` over `bg`, as `rgb(…)`. */
function over(fg, alpha, bg) {
  const [f, b] = [fg, bg].map((c) => c.match(/[\d.]+/g).slice(0, 3).map(Number));
  return `rgb(${f.map((v, i) => Math.round(alpha * v + (1 - alpha) * b[i])).join(", ")})`;
}

test("contrast axe cannot measure: diagram text, its lines and the focus ring", async ({ page }) => {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, "?vy=relation");
    const colours = await page.evaluate(() => {
      const cs = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
      const focus = document.querySelector("#sok");
      focus.focus();
      return {
        bg: cs("body", "backgroundColor"),
        text: cs(".diagram .node text", "fill"),
        // A line's colour as seen: its stroke laid over the page at the line's opacity.
        edges: [...new Set([...document.querySelectorAll(".diagram .edge")].map((e) => {
          const s = getComputedStyle(e);
          return `${s.stroke}@${s.opacity}`;
        }))],
        outline: cs("#sok", "outlineColor"),
      };
    });
    expect(contrast(colours.text, colours.bg), `${scheme}: diagram labels`).toBeGreaterThanOrEqual(4.5);
    // Graphical objects and focus indicators need 3:1 (WCAG 1.4.11).
    expect(colours.edges.length).toBeGreaterThan(0);
    for (const edge of colours.edges) {
      const [stroke, opacity] = edge.split("@");
      expect(contrast(over(stroke, Number(opacity), colours.bg), colours.bg), `${scheme}: edge ${edge}`).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(colours.outline, colours.bg), `${scheme}: focus ring`).toBeGreaterThanOrEqual(3);
  }
});

/** Heading levels in document order, hidden-for-sight ones included (screen readers list them). */
const headingLevels = (page) =>
  page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));

test.describe("structure for screen readers", () => {
  for (const query of ["", "?post=ulf-sh", "?vy=relation", "?vy=tidslinje", "?vy=om", "?vy=tillganglighet", "?q=zzzz"]) {
    test(`one h1 first, then headings without skipped levels: ${query || "list"}`, async ({ page }) => {
      await page.goto(`./${query}`);
      await expect(page.locator("main h1")).toBeVisible();
      const levels = await headingLevels(page);
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i] - levels[i - 1], `heading ${i} in ${levels.join(",")}`).toBeLessThanOrEqual(1);
      }
    });
  }

  test("landmarks, a skip link, and a live result count", async ({ page }) => {
    await open(page);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toHaveCount(1);
    await expect(page.getByRole("search")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("complementary")).toHaveAccessibleName("Filtrera");
    // The accessibility statement is linked from every page's footer.
    await page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighetsredogörelse" }).click();
    await expect(page.locator("main h1")).toHaveText("Tillgänglighetsredogörelse");
    await expect(page.locator("main")).toContainText("Kommunstyrelsens förvaltning (KSF)");
    await expect(page.locator("main")).toContainText("GAN-2025/358");
    await page.goBack();
    const count = page.getByRole("status").filter({ hasText: "poster" });
    await expect(count).toHaveAttribute("aria-live", "polite");
    await expect(count).toHaveText("18 av 18 poster");
    await page.getByLabel("Sök i registret").fill("konstfack");
    await expect(count).toHaveText("1 av 18 poster");
    await expect(page.locator("li.entry")).toHaveCount(1);
    // The diagram's text alternative names the table beside it.
    await page.goto("./?vy=relation");
    await expect(page.getByRole("group", { name: /^Diagram över samma uppgifter som tabellen/ })).toHaveCount(1);
    await expect(page.getByRole("table", { name: "Antal poster per akademi och ansvarig förvaltning" })).toHaveCount(1);
  });

  test("the tab's title names the view and the open entry", async ({ page }) => {
    await open(page);
    await expect(page).toHaveTitle("Lista – Samverkansregistret – Huddinge kommun");
    await page.locator("li.entry[data-id=cpu] h3 a").click();
    await expect(page).toHaveTitle(/^Samverkansavtal om Centrum för professionsutveckling .*– Samverkansregistret/);
    await page.goto("./?vy=relation&lang=en");
    await expect(page).toHaveTitle("Relations – Samverkansregistret – Huddinge Municipality");
  });
});

/** Whether the page scrolls sideways (a table may scroll inside its own box; the page may not). */
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

const reflowViews = ["", "?post=ulf-sh", "?vy=relation", "?vy=tidslinje", "?vy=om", "?vy=tillganglighet"];

test.describe("reflow and resize", () => {
  test("at 320 px wide nothing scrolls sideways and the controls are reachable", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const lang of ["sv", "en"]) {
      for (const q of reflowViews) {
        await page.goto(`./${withLang(q, lang)}`);
        await expect(page.locator("main h1")).toBeVisible();
        expect(await scrollsSideways(page), `${q || "list"} (${lang})`).toBe(false);
      }
    }
    // The search box fits the screen (measured once the app has replaced the pre-rendered screen,
    // which it removes before it renders its own).
    await open(page);
    const box = await page.locator("#sok").boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // The matrix scrolls inside its own box, which says so to the keyboard (it can take focus).
    await page.goto("./?vy=relation");
    const wrap = page.locator(".matrix-wrap");
    expect(await wrap.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  });

  test("text at 200 % reflows without sideways scrolling or clipped controls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const q of [...reflowViews, "?q=zzzz"]) {
      await page.goto(`./${q}`);
      // The app's page, not the pre-rendered one it is replacing (see the text-spacing check).
      await expect(page.locator("#forhandsvisning")).toHaveCount(0);
      await expect(page.locator("main h1")).toBeVisible();
      const base = await page.locator("main h1").evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      // As a browser's text-only zoom does: the root font size, which every size is relative to.
      await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      const big = await page.locator("main h1").evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
      expect(big / base, "sizes follow the root font size").toBeCloseTo(2, 1);
      expect(await scrollsSideways(page), q || "list").toBe(false);
      // No button's label is cut off by its box.
      const clipped = await page.locator("main button:visible").evaluateAll((bs) =>
        bs.filter((b) => b.scrollWidth > b.clientWidth + 1 && getComputedStyle(b).overflow !== "visible").map((b) => b.textContent),
      );
      expect(clipped).toEqual([]);
    }
  });

  test("the WCAG text-spacing overrides lose no content", async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    for (const q of [...reflowViews, "?q=zzzz"]) {
      await page.goto(`./${q}`);
      // The app's own page, not the pre-rendered one it replaces: measured during the hand-over,
      // the heading could be the one just taken out of the document.
      await expect(page.locator("#forhandsvisning")).toHaveCount(0);
      await expect(page.locator("main h1")).toBeVisible();
      // WCAG 1.4.12's values, through a constructed style sheet (the CSP forbids a <style>).
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      });
      const spacing = await page.locator("main h1").evaluate((h) => parseFloat(getComputedStyle(h).letterSpacing));
      expect(spacing, "the overrides apply").toBeGreaterThan(0);
      expect(await scrollsSideways(page), q || "list").toBe(false);
      const clipped = await page.locator("main button:visible, main a:visible").evaluateAll((els) =>
        els.filter((b) => b.scrollWidth > b.clientWidth + 1 && getComputedStyle(b).overflow !== "visible").map((b) => b.textContent),
      );
      expect(clipped).toEqual([]);
    }
  });
});
