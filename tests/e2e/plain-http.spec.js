// On plain http, a non-secure origin as on many municipal intranets: no service worker, no Web
// Locks, no Cache Storage. Chromium maps intranet.test to this machine, so the tests' own server
// answers; every test here runs on that origin.
import { test, expect, holdApp } from "./fixtures.js";
import { BASE_PATH } from "./playwright.config.js";

test.use({
  baseURL: `http://intranet.test:${Number(process.env.E2E_PORT ?? 8787)}${BASE_PATH}`,
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--host-resolver-rules=MAP intranet.test 127.0.0.1"],
  },
});

test("a link's progress and the first screen's hand-over work as on https", async ({ page }) => {
  const release = await holdApp(page);
  await page.goto("./?vy=tabell");
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(page.locator("#laddar-text")).toHaveText("Laddar samverkansregistret …");
  await page.goto("./");
  await page.locator("#forhandsvisning #f-akademi-ki").check();
  await page.locator("#forhandsvisning #sok").fill("ulf");
  await expect.poll(() => new URL(page.url()).search).toBe("?q=ulf&akademi=ki");
  release();
  await expect(page.locator("#antal")).toBeVisible();
  await expect(page.locator("#sok")).toHaveValue("ulf");
  await expect(page.locator("#sok")).toBeFocused();
  await expect(page.locator("#f-akademi-ki")).toBeChecked();
});
