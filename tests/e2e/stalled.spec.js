// A server that stalls (issue 26, point 2): it sends nothing, or the headers and half of
// register.json and then nothing. Every read has a deadline on its body as well as its headers
// (public/gate.js, src/browser/source.rs, scripts/sw-template.js): a first visitor gets the failure page
// with "Försök igen", a returning reader the last good copy with the notice that says so.
import { test, expect, controlled, open } from "./fixtures.js";

const stall = (context, baseURL, how) => context.addCookies([{ name: "stall-register", value: how, url: baseURL }]);

for (const how of ["headers", "body"]) {
  test(`a first visitor whose register stalls (${how}) gets the failure page with Försök igen`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    await stall(context, baseURL, how);
    await page.goto("./");
    // Not forever "Hämtar registret …": after the deadline (ten seconds without a byte) the
    // page says what happened and offers to try again.
    const failed = page.locator(".source-failed");
    await expect(failed).toBeVisible({ timeout: 25_000 });
    await expect(failed).toContainText("Webbservern svarade inte");
    const again = failed.getByRole("link", { name: "Försök igen" });
    await expect(again).toBeVisible();
    // The server is back: Försök igen loads the register.
    await context.clearCookies();
    await again.click();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  });

  test(`a returning reader whose register stalls (${how}) gets the last good copy, and is told`, async ({ page, context, baseURL }) => {
    test.setTimeout(60_000);
    await open(page);
    await controlled(page);
    // The last good copy is kept once the register has loaded; a reload makes sure of it.
    await page.reload();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await expect(page.locator("#registret-sparat")).toHaveCount(0);
    await stall(context, baseURL, how);
    await page.reload();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster", { timeout: 25_000 });
    await expect(page.locator("#registret-sparat")).toContainText("Webbservern svarade inte");
    await expect(page.locator("#registret-sparat")).toContainText("Du ser den senaste version");
    // Search works on the copy.
    await page.locator("#sok").fill("ulf");
    await expect(page.locator("#antal")).toHaveText("3 av 18 poster");
  });
}
