// "Nytt sedan ditt senaste besök": the browser remembers fingerprints of the register its reader
// last marked as read; when the published register differs, a notice lists what was added,
// changed and removed, with links, "Visa bara dessa" (nytt=1) and "Markera som läst".
import { test, expect, open, violations } from "./fixtures.js";

const SEEN_KEY = "samverkansregistret.sett";

// The earlier register is served by routing the page's request; a service worker would fetch the
// current one past the route.
test.use({ serviceWorkers: "block" });

/** The published register as an earlier publication had it: without "nya-roster" (so it is
 * new now), with another description for "ulf-sh" (so it has changed since), and with one more
 * entry, "ett-gammalt-forum" (so it has been removed since). */
async function earlierRegister(request) {
  const register = await (await request.get("./register.json")).json();
  register.entries = register.entries.filter((e) => e.id !== "nya-roster");
  const ulf = register.entries.find((e) => e.id === "ulf-sh");
  ulf.description = "En äldre beskrivning.";
  register.entries.push({ ...register.entries[0], id: "ett-gammalt-forum", name: "Ett gammalt forum" });
  return register;
}

/** A first visit while the server had `register`, then a visit now. */
async function visitThenAndNow(page, register, query = "") {
  await page.route("**/register.json", (route) => route.fulfill({ json: register }));
  await open(page);
  await expect(page.locator("#nytt")).toHaveCount(0);
  await page.unroute("**/register.json");
  await open(page, query);
}

test("a first visit has no notice, and remembers fingerprints, not a copy", async ({ page }) => {
  await open(page);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  await expect(page.locator("#nytt")).toHaveCount(0);
  const stored = await page.evaluate((k) => localStorage.getItem(k), SEEN_KEY);
  const [header, body] = stored.split("\n");
  expect(header).toBe("samverkansregistret-sett 1");
  // 24 hex digits per entry: no names, no text of the register.
  expect(body).toMatch(/^[0-9a-f]+$/);
  expect(body.length).toBe(18 * 24);
  // The same register again: nothing is new.
  await open(page);
  await expect(page.locator("#nytt")).toHaveCount(0);
});

test("a newer register lists what was added, changed and removed, filters to them and is marked as read", async ({ page, request }) => {
  await visitThenAndNow(page, await earlierRegister(request));
  const notice = page.getByRole("region", { name: "Nytt sedan ditt senaste besök" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Registret har publicerats på nytt: 1 ny post, 1 ändrad och 1 borttagen.");
  await expect(notice.locator(".news-added a")).toHaveText(["Nya röster: Flemingsberg – samverkansavtal med Södertörns högskola"]);
  await expect(notice.locator(".news-changed a")).toHaveText(["ULF-avtal med Södertörns högskola"]);
  await expect(notice).toContainText("1 post som fanns förra gången finns inte längre i registret.");
  expect(await violations(page)).toEqual([]);
  // Each entry is a link to it.
  await notice.locator(".news-changed a").click();
  await expect(page).toHaveURL(/\?post=ulf-sh$/);
  await expect(page.locator("article.detail h2")).toHaveText("ULF-avtal med Södertörns högskola");
  // "Visa bara dessa": nytt=1, the two entries, and a chip that lifts it.
  await notice.getByRole("link", { name: "Visa bara dessa" }).click();
  await expect(page).toHaveURL(/\?nytt=1$/);
  await expect(page.locator("#antal")).toHaveText("2 av 18 poster");
  const chip = page.getByRole("button", { name: "Ta bort filter Nytt sedan senaste besöket" });
  await expect(chip).toBeVisible();
  // The notice stays across visits until it is marked as read.
  await open(page, "?nytt=1");
  await expect(notice).toBeVisible();
  await expect(page.locator("#antal")).toHaveText("2 av 18 poster");
  await notice.getByRole("button", { name: "Markera som läst" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator("#vy-rubrik")).toBeFocused();
  // Nothing is new any more: the filter goes with the notice, so no chip keeps showing entries
  // the notice no longer calls new.
  await expect(page).not.toHaveURL(/nytt=1/);
  await expect(chip).toHaveCount(0);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  // Next visit: nothing new, and a link with nytt=1 shows none, saying which filter hides them.
  await open(page, "?nytt=1");
  await expect(notice).toHaveCount(0);
  await expect(page.locator("#antal")).toHaveText("0 av 18 poster");
  await expect(page.getByRole("button", { name: /Utan filtret Nytt sedan senaste besöket: 18 poster/ })).toBeVisible();
});

test("in English the notice is worded in English, and the names stay as written", async ({ page, request }) => {
  await visitThenAndNow(page, await earlierRegister(request), "?lang=en");
  const notice = page.getByRole("region", { name: "New since your last visit" });
  await expect(notice).toContainText("The register has been published again: 1 new entry, 1 changed and 1 removed.");
  await expect(notice.locator(".news-added li")).toHaveAttribute("lang", "sv");
  await expect(notice.getByRole("button", { name: "Mark as read" })).toBeVisible();
  await expect(notice.getByRole("link", { name: "Show only these" })).toHaveAttribute("href", /nytt=1&lang=en$/);
});

test("damaged fingerprints count as a first visit; full storage says the notice will come back", async ({ page, request }) => {
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem("planted")) {
      localStorage.setItem(k, "samverkansregistret-sett 1\nnot hex at all");
      sessionStorage.setItem("planted", "1");
    }
  }, SEEN_KEY);
  await open(page);
  await expect(page.locator("#nytt")).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k).length, SEEN_KEY)).toBe(27 + 18 * 24);
  // A newer register, and storage that refuses writes when the reader marks it as read.
  await page.evaluate((k) => localStorage.removeItem(k), SEEN_KEY);
  await visitThenAndNow(page, await earlierRegister(request));
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  const notice = page.locator("#nytt");
  await notice.getByRole("button", { name: "Markera som läst" }).click();
  await expect(notice.getByRole("alert")).toHaveText(
    "Det gick inte att komma ihåg att du har läst, eftersom webbläsarens lagring är full eller avstängd. Meddelandet kommer tillbaka nästa gång.",
  );
  await expect(notice).toBeVisible();
});
