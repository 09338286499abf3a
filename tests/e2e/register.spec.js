import { test, expect, listedIds, open } from "./fixtures.js";

const ALL = 18;

test.describe("opening a URL shows exactly that view", () => {
  test("the bare sub-path lists the whole register", async ({ page }) => {
    await open(page);
    expect(new URL(page.url()).pathname).toBe("/a/b/register/");
    await expect(page.locator("#antal")).toHaveText(`${ALL} av ${ALL} poster`);
    await expect(page.locator("li.entry")).toHaveCount(ALL);
    await expect(page).toHaveTitle(/Samverkansregistret/);
    // The static placeholder is gone once the app runs.
    await expect(page.locator("#laddar")).toHaveCount(0);
  });

  test("q folds case and diacritics and highlights the match", async ({ page }) => {
    await open(page, "?q=orebro");
    await expect(page.locator("#sok")).toHaveValue("orebro");
    expect(await listedIds(page)).toEqual(["huddingetrainee-socionom"]);
    await expect(page.locator("li.entry mark").first()).toHaveText("Örebro");
    // A prefix marks only the typed part, in the original letters.
    await open(page, "?q=ORE");
    await expect(page.locator("li.entry[data-id=huddingetrainee-socionom] mark").first()).toHaveText("Öre");

    await open(page, "?q=sodertorn");
    const ids = await listedIds(page);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toContain("ulf-sh");
    expect(ids).not.toContain("ulf-konstfack");
    // Entries named after Södertörn rank before those that only involve it.
    expect(ids.indexOf("ulf-sh")).toBeLessThan(ids.indexOf("hogskoleradet"));
    await expect(page.locator("li.entry[data-id=ulf-sh] h3 mark")).toHaveText("Södertörn");
  });

  test("facet keys check their boxes, show chips and filter", async ({ page }) => {
    await open(page, "?akademi=konstfack,skh&forvaltning=buf");
    expect(await listedIds(page)).toEqual(["ulf-skh", "ulf-konstfack"]);
    await expect(page.locator("#f-akademi-konstfack")).toBeChecked();
    await expect(page.locator("#f-akademi-skh")).toBeChecked();
    await expect(page.locator("#f-forvaltning-buf")).toBeChecked();
    await expect(page.locator("#f-forvaltning-gaf")).not.toBeChecked();
    await expect(page.locator(".chips .chip", { hasText: "Akademi: Konstfack" })).toBeVisible();
    await expect(page.locator("#antal")).toHaveText(`2 av ${ALL} poster`);
    // Live counts: a department's count ignores the department filter but keeps the academy one.
    await expect(page.locator("label[for=f-forvaltning-buf] .facet-count")).toHaveText("2");
    await expect(page.locator("label[for=f-forvaltning-gaf] .facet-count")).toHaveText("0");
  });

  test("status is computed from today: 2026-11-28", async ({ page }) => {
    await open(page, "?status=loper-ut");
    expect(await listedIds(page)).toEqual(["ulf-skh", "ulf-konstfack", "mau-fys"]);
    await expect(page.locator("li.entry .badge")).toHaveText(["Löper ut", "Löper ut", "Löper ut"]);
    await open(page, "?status=avslutad");
    expect(await listedIds(page)).toEqual(["nya-roster", "scenkonstresidens", "campusgruppen"]);
  });

  test("post opens the entry with every field and the status reason", async ({ page }) => {
    await open(page, "?post=kreativeu");
    const detail = page.locator("article.detail");
    await expect(detail.locator("h2")).toHaveText("KreativEU - Knowledge & Creativity European University");
    await expect(detail).toContainText("Maria Fransson, Kulturstrateg");
    await expect(detail).toContainText("Kontaktpersonens förvaltning");
    await expect(detail).toContainText("Kultur- och fritidsförvaltningen (KUF)");
    await expect(detail).toContainText("Kommunstyrelsens förvaltning (KSF)");
    await expect(detail.locator("a[href='https://kreativeu.org/']")).toBeVisible();
    await expect(detail.locator(".status-reason")).toHaveText("Aktiv: inget slutdatum anges i PM.");

    await open(page, "?post=nya-roster");
    await expect(page.locator("article.detail .badge")).toHaveText("Avslutad");
    await expect(page.locator(".status-reason")).toHaveText(
      "Avslutad: giltighetstiden tog slut 2025-12-31.",
    );
    // Related entries share an academy or department.
    await expect(page.locator(".related a", { hasText: "Scenkonstresidens" })).toBeVisible();
  });

  test("vy=om shows the memo's background and the strategy's four purposes", async ({ page }) => {
    await page.goto("./?vy=om");
    await expect(page.locator("h1")).toHaveText("Om registret");
    await expect(page.locator(".purposes dt")).toHaveText([
      "Verksamhetsutveckling",
      "Personalförsörjning",
      "Attraktiv arbetsgivare",
      "Sysselsättning och tillväxt",
    ]);
    await expect(page.locator(".about")).toContainText("KS-2014/1241.103");
    // How the coordinator publishes, in Swedish, and when the register was last published.
    const about = page.locator(".about");
    await expect(about.getByRole("heading", { name: "Så uppdateras registret" })).toBeVisible();
    await expect(about).toContainText("2. Välj Publicera … och ladda ner allt som en zip-fil, eller de fyra filerna en och en: register.json, index.html och de två filerna med öppna data, register.csv och dcat.rdf.");
    await expect(about).toContainText("Senast uppdaterad 2025-09-11");
    await expect(page.locator("nav a[aria-current=page]")).toHaveText("Om registret");
  });

  test("a right-to-left override in a link's value turns nothing around outside the value", async ({ page }) => {
    // U+202E in an academy id: the notice echoes it, isolated (FSI … PDI), so the words after it
    // still read left to right, after the value.
    await open(page, "?akademi=%E2%80%AEabc");
    const item = page.locator(".notice li").first();
    await expect(item).toContainText("okänt värde ”\u2068\u202eabc\u2069” för akademi");
    const [value, after] = await item.evaluate((li) => {
      const node = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent.includes("för akademi"));
      const box = (text) => {
        const at = node.textContent.indexOf(text);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range.getBoundingClientRect();
      };
      return [box("abc"), box("för")].map((r) => ({ left: r.left, right: r.right, top: r.top }));
    });
    expect(Math.round(after.top)).toBe(Math.round(value.top));
    expect(after.left).toBeGreaterThan(value.right);
  });

  test("unknown keys and ids are ignored with a short notice", async ({ page }) => {
    await open(page, "?akademi=harvard,sh&foo=1&vy=karta&post=finns-ej");
    const notice = page.locator(".notice");
    await expect(notice).toContainText("okänt värde ”\u2068harvard\u2069” för akademi");
    await expect(notice).toContainText("okänd parameter ”\u2068foo\u2069”");
    await expect(notice).toContainText("okänd vy ”\u2068karta\u2069”");
    await expect(notice).toContainText("posten ”\u2068finns-ej\u2069” finns inte i det publicerade registret");
    await expect(notice).toContainText("en ny post som någon har lagt till i sin egen webbläsare men inte publicerat ännu");
    // The usable part still applies.
    await expect(page.locator("#f-akademi-sh")).toBeChecked();
    await notice.getByRole("button", { name: "Stäng" }).click();
    await expect(notice).toHaveCount(0);
  });

  test("a garbage URL renders the register without crashing", async ({ page }) => {
    await page.goto("./?%E0%A4%A=&&==,,&q=%FF%FE&akademi=%00,,&status=&post=%22%3E%3Cscript%3E");
    await expect(page.locator("#antal")).toBeVisible();
    await expect(page.locator("li.entry").first()).toBeVisible();
  });
});

test.describe("interacting updates the URL", () => {
  test("typing replaces, facets and entries push history entries", async ({ page }) => {
    await open(page);
    const before = await page.evaluate(() => history.length);
    await page.locator("#sok").pressSequentially("ulf", { delay: 20 });
    await expect(page).toHaveURL(/\?q=ulf$/);
    expect(await listedIds(page)).toEqual(["ulf-sh", "ulf-skh", "ulf-konstfack"]);
    // Three keystrokes, one history entry.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);

    await page.locator("label[for=f-forvaltning-buf]").click();
    await expect(page).toHaveURL(/\?q=ulf&forvaltning=buf$/);
    expect(await listedIds(page)).toEqual(["ulf-skh", "ulf-konstfack"]);

    await page.locator("li.entry[data-id=ulf-konstfack] h3 a").click();
    await expect(page).toHaveURL(/\?q=ulf&forvaltning=buf&post=ulf-konstfack$/);
    await expect(page.locator("article.detail h2")).toHaveText("ULF-avtal med Konstfack");
    // Focus follows to the opened entry.
    await expect(page.locator("article.detail h2")).toBeFocused();

    // Back walks the same steps in reverse.
    await page.goBack();
    await expect(page).toHaveURL(/\?q=ulf&forvaltning=buf$/);
    await expect(page.locator("li.entry")).toHaveCount(2);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=ulf$/);
    await expect(page.locator("#f-forvaltning-buf")).not.toBeChecked();
    await page.goBack();
    expect(new URL(page.url()).search).toBe("");
    await expect(page.locator("#sok")).toHaveValue("");
    await expect(page.locator("li.entry")).toHaveCount(ALL);
    // And forward again.
    await page.goForward();
    await expect(page.locator("#sok")).toHaveValue("ulf");
  });

  test("a huge paste into search is cut to the 200 characters a link keeps", async ({ page }) => {
    await open(page);
    const huge = "södertörn ".repeat(100_000); // 1 MB
    // Pasted (inserted as the user's text): the browser's maxlength cuts it.
    await page.locator("#sok").focus();
    await page.keyboard.insertText(huge);
    await expect(page.locator("#sok")).toHaveValue(huge.slice(0, 200));
    await expect(page).toHaveURL(/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search).length).toBeLessThan(260);
    // Set by script, which maxlength does not stop: the app cuts it the same way.
    await page.locator("#sok").fill(`ulf ${huge}`);
    await expect(page.locator("#sok")).toHaveValue(`ulf ${huge}`.slice(0, 200));
    await expect(page).toHaveURL((url) => new URLSearchParams(url.search).get("q") === `ulf ${huge}`.slice(0, 200));
    // The view still works, and the link reads back the same search without a notice.
    await page.reload();
    await expect(page.locator("#sok")).toHaveValue(`ulf ${huge}`.slice(0, 200));
    await expect(page.locator(".notice")).toHaveCount(0);
  });

  test("typing writes the address once the keys pause, and nothing typed is lost", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page);
    const before = await page.evaluate(() => history.length);
    // A link copied at once, before the pause, has the whole search.
    await page.locator("#sok").pressSequentially("ulf");
    await page.getByRole("button", { name: "Kopiera länk" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?q=ulf$/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    // More keys and at once a filter: the search's history entry ends with every key.
    await page.locator("#sok").press("End");
    await page.locator("#sok").pressSequentially(" sh");
    await page.locator("label[for=f-forvaltning-gaf]").click();
    await expect(page).toHaveURL(/\?q=ulf\+sh&forvaltning=gaf$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=ulf\+sh$/);
    await expect(page.locator("#sok")).toHaveValue("ulf sh");
    // Once the keys pause, the address has the search without any other action.
    await page.locator("#sok").fill("");
    await page.locator("#sok").pressSequentially("kth");
    await expect(page).toHaveURL(/\?q=kth$/);
    await page.reload();
    await expect(page.locator("#sok")).toHaveValue("kth");
  });

  test("chips remove one filter; Rensa alla removes all", async ({ page }) => {
    await open(page, "?q=h&akademi=sh&status=aktiv");
    await page.getByRole("button", { name: "Ta bort filter Status: Aktiv" }).click();
    await expect(page).toHaveURL(/\?q=h&akademi=sh$/);
    await page.getByRole("button", { name: "Rensa alla" }).click();
    expect(new URL(page.url()).search).toBe("");
    await expect(page.locator("li.entry")).toHaveCount(ALL);
  });

  test("empty results say which filter hides everything and lift it", async ({ page }) => {
    await open(page, "?q=pia&akademi=konstfack");
    await expect(page.locator("#tomt")).toContainText("Inga poster matchar.");
    await page.getByRole("button", { name: "Utan ”Akademi: Konstfack”: 3 poster" }).click();
    await expect(page).toHaveURL(/\?q=pia$/);
    expect(await listedIds(page)).toEqual(["hogskoleradet", "ulf-sh", "sh-strategiskt-partnerskap"]);
  });

  test("Kopiera länk copies the current view's URL", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(page, "?akademi=ki&status=aktiv");
    await page.getByRole("button", { name: "Kopiera länk" }).click();
    await expect(page.locator(".copy-status")).toHaveText("Länken till den här vyn är kopierad.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain("/a/b/register/?akademi=ki&status=aktiv");
  });

  test("without a clipboard the link is shown selected to copy by hand", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await open(page, "?q=kth");
    await page.getByRole("button", { name: "Kopiera länk" }).click();
    const field = page.getByLabel("Kopiera länken nedan (Ctrl+C):");
    await expect(field).toHaveValue(page.url());
    await expect(field).toBeFocused();
  });
});
