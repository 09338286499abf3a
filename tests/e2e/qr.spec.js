// "Visa QR-kod": the current view's link as a QR code that a phone can scan from the screen. The
// rendered code is decoded here (jsQR, from a screenshot) and must be the page's own address.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, open, violations } from "./fixtures.js";

/** The QR code on screen, decoded from a screenshot of it. */
async function decoded(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

test("the dialog shows the view's link as a QR code that decodes to the page's address, and as text", async ({ page }) => {
  await open(page, "?q=ulf&akademi=sh&vy=tabell");
  const button = page.getByRole("button", { name: "Visa QR-kod" });
  await button.click();
  const dialog = page.getByRole("dialog", { name: "Den här vyn som QR-kod" });
  await expect(dialog).toBeVisible();
  const code = dialog.getByRole("img", { name: "QR-kod med länken till den här vyn" });
  await expect(code).toBeVisible();
  const url = page.url();
  expect(url).toContain("q=ulf");
  expect(await decoded(code)).toBe(url);
  await expect(dialog.locator(".qr-link")).toHaveText(url);
  // Large enough to scan from across a room: most of the window's height at 1280 × 720.
  const box = await code.boundingBox();
  expect(box.width).toBeGreaterThan(400);
  expect(box.width).toBe(box.height);
  expect(await violations(page)).toEqual([]);
  // Escape closes it, and the keyboard is back on the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("after the view changes, the code is of the new link; Stäng closes it", async ({ page }) => {
  await open(page);
  await page.locator("#sok").fill("konstfack");
  const button = page.getByRole("button", { name: "Visa QR-kod" });
  await button.click();
  const dialog = page.getByRole("dialog");
  // The address follows the search when the dialog opens, not a moment later.
  expect(page.url()).toContain("q=konstfack");
  expect(await decoded(dialog.getByRole("img"))).toBe(page.url());
  await dialog.getByRole("button", { name: "Stäng" }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("in English the dialog speaks English; the link stays the link", async ({ page }) => {
  await open(page, "?lang=en&vy=tidslinje");
  await page.getByRole("button", { name: "Show QR code" }).click();
  const dialog = page.getByRole("dialog", { name: "This view as a QR code" });
  const code = dialog.getByRole("img", { name: "QR code with the link to this view" });
  expect(await decoded(code)).toBe(page.url());
  await expect(dialog.getByRole("button", { name: "Close" })).toBeVisible();
});
