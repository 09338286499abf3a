import { test as plain } from "@playwright/test";
import { test, expect, controlled, editingMode, listedIds, open } from "./fixtures.js";
import { PY_PORT } from "./playwright.config.js";

/** Waits until the service worker controls the page (first visit: installed and claimed). */
test.describe("offline", () => {
  test("after one visit the app, any URL and local edits work with the network off", async ({ page, context }) => {
    await editingMode(page);
    await open(page);
    await controlled(page);
    // An edit made online.
    await page.locator("li.entry[data-id=cpu] h3 a").click();
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("offline-test");
    await page.getByRole("button", { name: "Spara" }).click();

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await expect(page.locator("#offline")).toContainText("Du är offline.");
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, offline-test");
    // A URL never opened before, with any query string.
    await page.goto("./?forvaltning=gaf&vy=relation");
    await expect(page.locator("table#matris")).toBeVisible();
    await expect(page.locator("#f-forvaltning-gaf")).toBeChecked();
    await open(page, "?q=orebro");
    expect(await listedIds(page)).toEqual(["huddingetrainee-socionom"]);
    // Edits still work offline and survive a reload.
    await page.locator("li.entry h3 a").click();
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("ändrad offline");
    await page.getByRole("button", { name: "Spara" }).click();
    await page.reload();
    await expect(page.locator("article.detail")).toContainText("Olga Edmark, ändrad offline");
    await context.setOffline(false);
    await expect(page.locator("#offline")).toHaveCount(0);
  });

  test("a new release is offered, not mixed in; edits survive the update", async ({ page, context, baseURL }) => {
    await editingMode(page);
    await open(page, "?post=cpu");
    await controlled(page);
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("före uppdateringen");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator("#ny-version")).toHaveCount(0);
    // The server now has a new release for this browser.
    await context.addCookies([{ name: "sw-bump", value: "2", url: baseURL }]);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const banner = page.locator("#ny-version");
    await expect(banner).toContainText("Ny version finns — ladda om");
    // The old version keeps working meanwhile.
    await expect(page.locator("article.detail")).toContainText("före uppdateringen");
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Ladda om" }).click()]);
    await expect(page.locator("#antal")).toBeVisible();
    await expect(page.locator("#ny-version")).toHaveCount(0);
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, före uppdateringen");
    // One cache of code: the old version's was removed. The register's last good copy is data,
    // not code, and outlives the update.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches.filter((k) => k.startsWith("samverkansregistret-") && k !== "samverkansregistret-data")).toHaveLength(1);
    expect(caches).toContain("samverkansregistret-data");
  });

  test("installable: the manifest and its icons are served", async ({ page, request }) => {
    await open(page);
    const href = await page.locator("link[rel=manifest]").getAttribute("href");
    const manifest = await (await request.get(new URL(href, page.url()).href)).json();
    expect(manifest.name).toBe("Samverkansregistret – Huddinge kommun");
    expect(manifest.lang).toBe("sv");
    expect(manifest.start_url).toBe("./");
    for (const icon of manifest.icons) {
      const res = await request.get(new URL(icon.src, new URL(href, page.url())).href);
      expect(res.status(), icon.src).toBe(200);
    }
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });
});

test.describe("any static host", () => {
  test("a plain python http.server under another sub-path serves it, offline too", async ({ page, context }) => {
    await page.goto(`http://127.0.0.1:${PY_PORT}/py/register/?akademi=ki`);
    await expect(page.locator("#antal")).toHaveText("5 av 18 poster");
    await controlled(page);
    await context.setOffline(true);
    await page.goto(`http://127.0.0.1:${PY_PORT}/py/register/?vy=tidslinje`);
    await expect(page.locator("#loper-ut li")).toHaveCount(3);
  });
});

test.describe("security", () => {
  test("the page ships a strict CSP without unsafe-inline or unsafe-eval", async ({ page }) => {
    await open(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // No inline script at all in the page.
    expect(await page.locator("script:not([src])").count()).toBe(0);
  });
});

// Without the shared fixture: this test provokes a violation on purpose to prove the CSP is enforced.
plain("an injected inline script is blocked by the CSP", async ({ page }) => {
  await page.goto("./");
  await page.waitForSelector("#antal");
  const result = await page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.violatedDirective), { once: true });
        const s = document.createElement("script");
        s.textContent = "window.__ran = true";
        document.body.append(s);
        setTimeout(() => resolve(window.__ran ? "ran" : "no event"), 2000);
      }),
  );
  expect(result).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
});

test.describe("print", () => {
  test("print media hides the controls and says what the printout shows", async ({ page }) => {
    await open(page, "?akademi=konstfack,skh&status=loper-ut");
    await page.emulateMedia({ media: "print" });
    const summary = page.locator("#utskrift");
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("Samverkansregistret – Huddinge kommun");
    await expect(summary).toContainText("Utskrivet 2026-11-28 · 2 av 18 poster · Senast uppdaterad 2025-09-11");
    await expect(summary).toContainText(
      "Urval: Akademi: Stockholms konstnärliga högskola, Konstfack; Status: Löper ut",
    );
    for (const hidden of [".sidebar", ".search", "nav", ".edit-toolbar", ".chips"]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    expect(await page.locator("button:visible").count()).toBe(0);
    // Each entry keeps its department, contact and validity.
    const entry = page.locator("li.entry[data-id=ulf-konstfack]");
    await expect(entry).toContainText("Barn- och utbildningsförvaltningen (BUF)");
    await expect(entry).toContainText("Christina Dolke Andersson, avdelningschef");
    await expect(entry).toContainText("2025–2026");
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator("#utskrift")).toBeHidden();
    await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();
  });

  test("without filters the printout says it is the whole register", async ({ page }) => {
    await open(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#utskrift")).toContainText("Urval: Hela registret");
  });
});
