import { readFile, writeFile } from "node:fs/promises";
import { test, expect, editingMode, listedIds, open, EDITS_KEY, storedText, backupKeys } from "./fixtures.js";

const KEY = EDITS_KEY;
const stored = storedText;

/** Chooses an item in the Exportera menu and returns the downloaded file. */
async function exportFile(page, item) {
  await page.locator(".menu summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: item }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

// Every test here is about changing the register, so it runs in editing mode ("Redigera
// registret"); reading.spec.js tests the toggle and what readers see without it.
test.beforeEach(async ({ page }) => editingMode(page));

async function editEntry(page, id, fill) {
  await open(page, `?post=${id}`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await fill(page.locator("form.edit-form"));
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("form.edit-form")).toHaveCount(0);
}

test.describe("editing via the UI", () => {
  test("Ny post adds an entry that survives a reload", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Ny post" }).click();
    const form = page.locator("form.edit-form");
    await form.getByLabel("Namn").fill("Testsamverkan med KTH");
    await form.getByLabel("Kategori").selectOption("forum");
    await form.getByLabel("Kungliga tekniska högskolan (KTH)").check();
    await form.getByLabel("Ansvarig förvaltning").selectOption("gaf");
    await form.getByLabel("Kontaktperson", { exact: true }).fill("Test Testsson");
    await form.getByLabel("Giltig från").fill("2026");
    await form.getByLabel("Giltig till").fill("2028");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page).toHaveURL(/\?post=testsamverkan-med-kth$/);
    const detail = page.locator("article.detail");
    await expect(detail.locator("h2")).toHaveText("Testsamverkan med KTH");
    await expect(detail.locator(".badge.local")).toHaveText("Ny lokalt");
    await expect(page.locator("#antal")).toHaveText("19 av 19 poster");
    await page.reload();
    await expect(page.locator("article.detail h2")).toHaveText("Testsamverkan med KTH");
    await expect(page.locator("#antal")).toHaveText("19 av 19 poster");
    await expect.poll(async () => JSON.parse(await stored(page))?.edits[0].id).toBe("testsamverkan-med-kth");
  });

  test("Redigera changes an entry; Återställ brings back the published one", async ({ page }) => {
    await editEntry(page, "cpu", (f) => f.getByLabel("Kontaktperson", { exact: true }).fill("Ny Kontakt"));
    const detail = page.locator("article.detail");
    await expect(detail).toContainText("Ny Kontakt, VFU-samordnare");
    await expect(detail.locator(".badge.local")).toHaveText("Ändrad lokalt");
    // Marked in the list too, and found by the local-changes filter.
    await page.locator("#som-lista").click();
    await page.locator("label[for=f-lokala]").click();
    await expect(page).toHaveURL(/\?lokala=1$/);
    expect(await listedIds(page)).toEqual(["cpu"]);
    await expect(page.locator("li.entry[data-id=cpu] .badge.local")).toHaveText("Ändrad lokalt");
    await page.locator("li.entry[data-id=cpu] h3 a").click();
    await page.getByRole("button", { name: "Återställ" }).click();
    await expect(detail).toContainText("Nilla Mälardahl, VFU-samordnare");
    await expect(detail.locator(".badge.local")).toHaveCount(0);
    expect(await stored(page)).toBeNull();
  });

  test("Ta bort asks first; Ångra undoes; the deleted list restores", async ({ page }) => {
    await open(page, "?post=nya-roster");
    await page.getByRole("button", { name: "Ta bort" }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toContainText("Vill du ta bort ”Nya röster: Flemingsberg");
    await confirm.getByRole("button", { name: "Avbryt" }).click();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await page.getByRole("button", { name: "Ta bort" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
    // The open entry is gone: back to the list without it.
    await expect(page).toHaveURL(/register\/$/);
    await expect(page.locator("#antal")).toHaveText("17 av 17 poster");
    await page.getByRole("button", { name: "Ångra" }).click();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await expect(page.getByRole("button", { name: "Ångra" })).toBeDisabled();
    // Delete again, then restore from the deleted list.
    await open(page, "?post=nya-roster");
    await page.getByRole("button", { name: "Ta bort" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
    await open(page, "?lokala=1");
    const deleted = page.locator("section.deleted li[data-id=nya-roster]");
    await expect(deleted).toContainText("Nya röster");
    await deleted.getByRole("button").click();
    await expect(page.locator("section.deleted")).toHaveCount(0);
    await expect(page.locator("#antal")).toHaveText("0 av 18 poster");
  });

  test("Ångra reverts the last edit only", async ({ page }) => {
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("samordnare"));
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("chef"));
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, chef");
    await page.getByRole("button", { name: "Ångra" }).click();
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, samordnare");
  });

  test("the form says what is wrong next to each field and saves nothing", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Ny post" }).click();
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator(".form-errors")).toHaveText(
      "Posten sparades inte. Rätta fälten som är markerade nedan.",
    );
    await expect(page.locator("#f-namn-fel")).toHaveText("Fyll i det här fältet.");
    await expect(page.locator("#f-namn")).toBeFocused();
    await page.locator("#f-namn").fill("X");
    await page.getByLabel("Giltig från").fill("2025-13");
    await page.getByLabel("Titel").fill("chef");
    await page.getByLabel("Länkar").fill("www.huddinge.se");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator("#f-fran-fel")).toHaveText(
      "”2025-13” är inget datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.",
    );
    await expect(page.locator("#f-kontakt-fel")).toHaveText(
      "Ange kontaktpersonens namn när titel eller förvaltning är ifylld.",
    );
    await expect(page.locator(".edit-form")).toContainText("”www.huddinge.se” är ingen webbadress.");
    await page.getByRole("button", { name: "Avbryt" }).click();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    expect(await stored(page)).toBeNull();
  });

  test("a new academy and department can be added from the form", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Ny post" }).click();
    await page.locator("#f-namn").fill("Samverkan med Uppsala");
    await page.getByLabel("Lägg till en akademi som saknas i listan").fill("Uppsala universitet");
    await page.locator("fieldset.academies").getByRole("button", { name: "Lägg till" }).click();
    await expect(page.getByLabel("Uppsala universitet")).toBeChecked();
    await page.getByLabel("Lägg till en förvaltning som saknas i listan").fill("Miljöförvaltningen");
    await page.locator(".add-new", { hasText: "förvaltning" }).getByRole("button", { name: "Lägg till" }).click();
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator("article.detail")).toContainText("Uppsala universitet");
    await expect(page.locator("article.detail")).toContainText("Miljöförvaltningen");
    await expect(page.locator("#f-akademi-uppsala-universitet")).toBeVisible();
    await page.reload();
    await expect(page.locator("label[for=f-forvaltning-miljoforvaltningen]")).toContainText("Miljöförvaltningen");
  });

  test("HTML and script in every field are shown as text, never run", async ({ page }) => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    let dialogs = 0;
    page.on("dialog", (d) => { dialogs++; d.dismiss(); });
    await open(page);
    await page.getByRole("button", { name: "Ny post" }).click();
    for (const label of ["Namn", "Titel", "Beskrivning", "Kommentar", "Övriga parter", "Källa i PM", "Giltighetstid med PM:s ord (valfritt)"]) {
      await page.getByLabel(label, { exact: true }).fill(evil);
    }
    await page.getByLabel("Kontaktperson", { exact: true }).fill(evil);
    await page.getByRole("button", { name: "Spara" }).click();
    const detail = page.locator("article.detail");
    await expect(detail.locator("h2")).toHaveText(evil);
    await expect(detail).toContainText(`${evil}, ${evil}`);
    expect(await page.locator("article.detail img, article.detail script").count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });
});

test.describe("two tabs", () => {
  test("a second tab sees edits at once and neither overwrites the other", async ({ page, context }) => {
    await open(page, "?post=cpu");
    const other = await context.newPage();
    await other.clock.setFixedTime(new Date("2026-11-28T12:00:00"));
    await other.goto("./?post=mau-fys");
    // Tab 1 edits CPU: tab 2 sees the change in its list without reloading.
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("från flik 1");
    await page.getByRole("button", { name: "Spara" }).click();
    await other.locator("#som-lista").click();
    await expect(other.locator("li.entry[data-id=cpu]")).toContainText("från flik 1");
    // Tab 2 edits another entry; tab 1's edit is kept.
    await other.locator("li.entry[data-id=mau-fys] h3 a").click();
    await other.getByRole("button", { name: "Redigera", exact: true }).click();
    await other.getByLabel("Titel").fill("från flik 2");
    await other.getByRole("button", { name: "Spara" }).click();
    // Chromium hands localStorage writes between tabs on asynchronously: poll, don't race.
    await expect
      .poll(async () => JSON.parse(await stored(page)).edits.map((e) => e.id).sort())
      .toEqual(["cpu", "mau-fys"]);
    await expect(page.locator("article.detail")).toContainText("från flik 1");
    await page.locator("#som-lista").click();
    await expect(page.locator("li.entry[data-id=mau-fys]")).toContainText("från flik 2");
  });
});

test.describe("export and import", () => {
  test("export the register, the view as CSV, and the changes", async ({ page }) => {
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("exporterad"));
    await open(page, "?kategori=ulf");
    const save = (name) => exportFile(page, name);
    const reg = await save("Hela registret med ändringar (JSON)");
    expect(reg.name).toBe("samverkansregistret-2026-11-28.json");
    const r = JSON.parse(reg.text);
    expect(r.schema).toBe("samverkansregistret");
    expect(r.entries).toHaveLength(18);
    expect(r.entries.find((e) => e.id === "cpu").contact.title).toBe("exporterad");

    const csv = await save("Vyn som CSV (Excel)");
    expect(csv.text.startsWith("\ufeffNamn;Kategori;Akademier;")).toBe(true);
    const lines = csv.text.trim().split("\r\n");
    expect(lines).toHaveLength(4); // header + the three ULF agreements in view
    expect(lines[2]).toContain("ULF-avtal med Stockholms konstnärliga högskola;ULF-avtal;");
    // Dates as given, then as days Excel reads as dates, then the memo's wording on its own.
    expect(lines[2]).toContain(";2025;2025-01-01;2026;2026-12-31;2025–2026;Löper ut;");

    const changes = await save("Exportera ändringar");
    const o = JSON.parse(changes.text);
    expect(o.schema).toBe("samverkansregistret-andringar");
    expect(o.edits.map((e) => e.id)).toEqual(["cpu"]);
  });

  test("import shows a preview and applies only on confirmation", async ({ page }) => {
    await open(page);
    const exported = JSON.parse((await exportFile(page, "Hela registret med ändringar (JSON)")).text);
    // An overlay as another browser would export it: delete Campusgruppen.
    const campus = exported.entries.find((e) => e.id === "campusgruppen");
    const overlay = {
      schema: "samverkansregistret-andringar",
      version: 1,
      edits: [{ id: "campusgruppen", base: campus, entry: null }],
    };
    const file = { name: "andringar.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overlay)) };
    await page.locator("#importera").setInputFiles(file);
    const preview = page.getByRole("region", { name: "Så här ändras registret om du importerar filen" });
    await expect(preview).toContainText("Borttagna poster (1)");
    // Focus goes to the preview, so it is read first; after Avbryt, back to Importera.
    await expect(page.locator("#import-rubrik")).toBeFocused();
    await expect(preview).toContainText("Campusgruppen");
    // Nothing happens before confirmation, nor after Avbryt.
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    await preview.getByRole("button", { name: "Avbryt" }).click();
    await expect(page.locator("#importera")).toBeFocused();
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    expect(await stored(page)).toBeNull();
    await page.locator("#importera").setInputFiles(file);
    await preview.getByRole("button", { name: "Importera ändringarna" }).click();
    await expect(page.locator("#antal")).toHaveText("17 av 17 poster");
    await page.reload();
    await expect(page.locator("#antal")).toHaveText("17 av 17 poster");
    // A clean deletion, not a conflict.
    await open(page, "?lokala=1");
    await expect(page.locator("section.deleted li[data-id=campusgruppen]")).toBeVisible();
    await expect(page.locator(".badge.conflict")).toHaveCount(0);
  });

  test("an exported full register imports back to the same edits", async ({ page }) => {
    await editEntry(page, "mau-fys", (f) => f.getByLabel("Giltig till").fill("2028"));
    const file = await exportFile(page, "Hela registret med ändringar (JSON)");
    await page.getByRole("button", { name: "Återställ" }).click();
    await expect(page.locator("article.detail")).toContainText("Löper ut");
    await page.locator("#importera").setInputFiles({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    const preview = page.locator(".import-preview");
    await expect(preview).toContainText("Ändrade poster (1)");
    await expect(preview).toContainText("Avtal med Malmö Universitet / FYS");
    await preview.getByRole("button", { name: "Importera ändringarna" }).click();
    await expect(page.locator("article.detail")).toContainText("Aktiv: giltig till 2028-12-31.");
  });
});

test("a long list shows 20 rows at a time and a new search starts again from the first 20", async ({ page }) => {
  await open(page);
  const { text } = await exportFile(page, "Hela registret med ändringar (JSON)");
  const register = JSON.parse(text);
  const model = register.entries.find((e) => e.id === "cpu");
  for (let n = 1; n <= 100; n++) {
    register.entries.push({ ...model, id: `kopia-${n}`, name: `Kopia ${n} av CPU-avtalet` });
  }
  await page.locator("#importera").setInputFiles({ name: "r.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(register)) });
  await page.locator(".import-preview").getByRole("button", { name: "Importera ändringarna" }).click();
  await expect(page.locator("#antal")).toHaveText("118 av 118 poster");
  await expect(page.locator("li.entry")).toHaveCount(20);
  const more = page.locator("#visa-fler");
  await expect(more).toHaveText("Visa 20 till (98 kvar)");
  await more.click();
  await expect(page.locator("li.entry")).toHaveCount(40);
  // Focus continues at the first new row.
  await expect(page.locator("ul.entries > li:nth-child(21) h3 a")).toBeFocused();
  for (const shown of [60, 80, 100]) {
    await more.press("Enter");
    await expect(page.locator("li.entry")).toHaveCount(shown);
    await expect(page.locator(`ul.entries > li:nth-child(${shown - 19}) h3 a`)).toBeFocused();
  }
  await expect(more).toHaveText("Visa 18 till (18 kvar)");
  // Printing puts every row on paper, and the screen returns to its 100 afterwards.
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await expect(page.locator("li.entry")).toHaveCount(118);
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator("li.entry")).toHaveCount(100);
  await more.press("Enter");
  await expect(page.locator("li.entry")).toHaveCount(118);
  await expect(more).toHaveCount(0);
  // Another search shows its first page only.
  await page.getByRole("searchbox").fill("kopia");
  await expect(page.locator("#antal")).toHaveText("100 av 118 poster");
  await expect(page.locator("li.entry")).toHaveCount(20);
  await expect(more).toHaveText("Visa 20 till (80 kvar)");
});

test.describe("bad input loses nothing", () => {
  const cases = [
    ["malformed JSON", Buffer.from('{"schema": "samverkansregistret", '), "Filen är inte giltig JSON (fel på rad 1"],
    ["not text", Buffer.from([0xff, 0xfe, 0x00, 0x01]), "Filen är inte en textfil (UTF-8)."],
    ["another schema", Buffer.from('{"name": "något annat"}'), "varken ett samverkansregister eller en ändringsfil"],
    ["a future version", Buffer.from('{"schema": "samverkansregistret", "version": 9}'), "Filen är från en nyare version av registret (version 9)"],
    ["the wrong shape", Buffer.from('{"schema": "samverkansregistret", "version": 1, "entries": 3}'), "Filen har fel innehåll"],
    ["an overlay with unknown ids", Buffer.from(JSON.stringify({
      schema: "samverkansregistret-andringar", version: 1,
      edits: [{ id: "x", base: null, entry: { id: "x", name: "X", category: "finns-ej", academies: ["harvard"], partners: [], department: null, contact: null, validity: { from: null, until: null, as_written: null }, ended: false, description: "", comment: null, links: [], source: "" } }],
    })), "finns inte i registret"],
    ["a 70 MB file", Buffer.alloc(70 * 1024 * 1024, 32), "Filen är för stor (70,0 MB)"],
  ];
  for (const [what, buffer, message] of cases) {
    test(`importing ${what} says so in Swedish and changes nothing`, async ({ page }) => {
      await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("min ändring"));
      // Written in the edits' lock, a moment after Spara.
      await expect.poll(() => stored(page)).not.toBeNull();
      const before = await stored(page);
      await open(page);
      // Playwright passes at most 50 MB as a buffer; a larger file goes as a file on disk.
      let file = { name: "fil.json", mimeType: "application/json", buffer };
      if (buffer.length > 50 * 1024 * 1024) {
        file = test.info().outputPath("fil.json");
        await writeFile(file, buffer);
      }
      await page.locator("#importera").setInputFiles(file);
      const alert = page.locator(".import-error");
      await expect(alert).toContainText(message);
      await expect(alert).toContainText("Ingenting har ändrats.");
      expect(await stored(page)).toBe(before);
      await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
      await expect(page.locator("li.entry[data-id=cpu]")).toContainText("min ändring");
    });
  }

  test("importing a register with duplicate ids is refused", async ({ page }) => {
    await open(page);
    const { text: exported } = await exportFile(page, "Hela registret med ändringar (JSON)");
    const text = exported.replace('"id": "gymnasieradet"', '"id": "hogskoleradet"');
    await page.locator("#importera").setInputFiles({ name: "r.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.locator(".import-error")).toContainText('poster: id "hogskoleradet" finns flera gånger');
  });

  test("corrupted stored edits are kept aside and the published register shown", async ({ page }) => {
    await open(page);
    await page.evaluate((k) => localStorage.setItem(k, '{"schema": "samverkansregistret-andringar", "edits": [tr'), KEY);
    await page.reload();
    await expect(page.locator("#lagring")).toContainText("De sparade lokala ändringarna gick inte att läsa");
    await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
    const backup = await backupKeys(page);
    expect(backup).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), backup[0])).toContain('"edits": [tr');
    // The app works on: a new edit is stored normally.
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("efter"));
    await expect.poll(async () => JSON.parse(await stored(page))?.edits.length).toBe(1);
  });

  test("a javascript: link planted in stored edits is refused like an import, and kept aside", async ({ page }) => {
    await open(page);
    const planted = await page.evaluate(async (k) => {
      const r = await (await fetch("register.json")).json();
      const base = r.entries.find((e) => e.id === "cpu");
      const entry = { ...base, links: ["javascript:alert(1)", "https://www.sh.se/"] };
      const overlay = { schema: "samverkansregistret-andringar", version: 1, academies: [], departments: [], edits: [{ id: "cpu", base, entry }] };
      localStorage.setItem(k, JSON.stringify(overlay));
      return JSON.stringify(overlay);
    }, KEY);
    await open(page, "?post=cpu");
    // Read with the import's rules: refused, set aside under a backup key, the published entry shown.
    await expect(page.locator("#lagring")).toContainText("De sparade lokala ändringarna gick inte att läsa");
    await expect(page.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(page.locator("article.detail .badge.local")).toHaveCount(0);
    const backups = await backupKeys(page);
    expect(backups).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe(planted);
    expect(await stored(page)).toBeNull();
  });

  test("full storage keeps edits in memory with a banner urging export", async ({ page }) => {
    // The browser refuses every write, as a full disk makes it do: localStorage's and
    // IndexedDB's alike.
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
      IDBObjectStore.prototype.put = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("i minnet"));
    await expect(page.locator("#lagring")).toContainText("Webbläsaren kan inte spara dina ändringar");
    await expect(page.locator("#lagring")).toContainText("Exportera ändringar");
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, i minnet");
  });

  test("disabled storage: the app starts, edits work in memory, a banner says so", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", { get() { throw new DOMException("nej", "SecurityError"); } });
      Object.defineProperty(window, "indexedDB", { get() { throw new DOMException("nej", "SecurityError"); } });
    });
    await open(page);
    await expect(page.locator("#lagring")).toContainText("Webbläsaren kan inte spara dina ändringar");
    // Editing mode cannot be remembered without storage, but holds in this tab.
    await page.getByRole("button", { name: "Redigera registret" }).click();
    await page.locator("li.entry[data-id=cpu] h3 a").click();
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Titel").fill("utan lagring");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, utan lagring");
  });
});

test.describe("edits live in this browser only", () => {
  test("editing mode says so while there are unpublished edits, and after a few days reminds to export or publish", async ({ page }) => {
    await open(page);
    await expect(page.locator("#bara-har")).toHaveCount(0);
    await editEntry(page, "cpu", (f) => f.getByLabel("Titel").fill("lokal"));
    const notice = page.locator("#bara-har");
    await expect(notice).toHaveText("Din lokala ändring finns bara i den här webbläsaren tills den publiceras.");
    // Stored today (the tests' day), so no reminder yet.
    await expect.poll(() => page.evaluate(() => localStorage.getItem("samverkansregistret.andringar.sedan"))).toBe("2026-11-28");
    // Eight days later (as if the edit had been made on the 20th): the reminder, with the export.
    await page.evaluate(() => localStorage.setItem("samverkansregistret.andringar.sedan", "2026-11-20"));
    await page.reload();
    await expect(notice.getByRole("status")).toHaveText(
      "Den äldsta är från 2026-11-20. Exportera eller publicera dem snart: en del webbläsare, som Safari, raderar en webbplats lagring efter sju dagar utan besök.",
    );
    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Exportera ändringar" }).click()]);
    expect(JSON.parse(await readFile(await download.path(), "utf8")).edits.map((e) => e.id)).toEqual(["cpu"]);
    // Not in reading mode; and with no edits left, neither the notice nor the date.
    await page.getByRole("button", { name: "Redigera registret" }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole("button", { name: "Redigera registret" }).click();
    await page.locator("article.detail").getByRole("button", { name: "Återställ" }).click();
    await expect(notice).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("samverkansregistret.andringar.sedan"))).toBeNull();
  });
});

test.describe("a new published register", () => {
  test("an entry changed both locally and in the release is flagged to resolve", async ({ page }) => {
    await open(page);
    const { text } = await exportFile(page, "Hela registret med ändringar (JSON)");
    const published = JSON.parse(text).entries.find((e) => e.id === "ulf-sh");
    // The user's edit started from an older published version ("base"): the release moved since.
    const older = { ...published, name: "ULF-avtal (gammal lydelse)" };
    const mine = { ...published, comment: "min anteckning" };
    await page.evaluate(
      ([k, v]) => localStorage.setItem(k, v),
      [KEY, JSON.stringify({ schema: "samverkansregistret-andringar", version: 1, academies: [], departments: [], edits: [{ id: "ulf-sh", base: older, entry: mine }] })],
    );
    await page.reload();
    await expect(page.locator("li.entry[data-id=ulf-sh] .badge.conflict")).toHaveText("Konflikt");
    await page.locator("li.entry[data-id=ulf-sh] h3 a").click();
    const conflict = page.locator(".conflict-box");
    await expect(conflict).toContainText("Posten har ändrats både här och i en ny version");
    await expect(conflict).toContainText("Publicerad version: ULF-avtal med Södertörns högskola");
    // Keep mine: the flag goes, the local change stays.
    await conflict.getByRole("button", { name: "Behåll min version" }).click();
    await expect(page.locator(".conflict-box")).toHaveCount(0);
    await expect(page.locator("article.detail .badge.local")).toHaveText("Ändrad lokalt");
    await expect(page.locator("article.detail")).toContainText("min anteckning");
    await expect.poll(async () => JSON.parse(await stored(page))?.edits[0].base.name).toBe("ULF-avtal med Södertörns högskola");
  });
});
