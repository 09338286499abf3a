// Issue 14, "Nothing typed is ever lost": each case the red-team pass found, as a reader meets it.
// Each test asserts what the user sees and what is stored. docs/EDITS.md lists them.
import { readFile } from "node:fs/promises";
import { test, expect, accessible, editingMode, open, TODAY, storedText, plantStored, storedBackups, EDITS_DB } from "./fixtures.js";

const stored = storedText;
const storedEdits = async (page) => JSON.parse((await stored(page)) ?? '{"edits": []}').edits;
const storedEntry = async (page, id) => (await storedEdits(page)).find((e) => e.id === id)?.entry;

test.beforeEach(async ({ page }) => editingMode(page));

/** A second tab of the same browser (same storage), on the same day, in editing mode. */
async function secondTab(context, query) {
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date(TODAY));
  await other.goto(`./${query}`);
  await expect(other.locator("#antal")).toBeVisible();
  return other;
}

/** Saves an edit moving within the app, as a reader would: no reload, which would end the tab's
 * memory. */
async function saveInApp(page, id, fill) {
  await page.locator("#som-lista").click();
  await page.locator(`li.entry[data-id=${id}] h3 a`).click();
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await fill(page.locator("form.edit-form"));
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("form.edit-form")).toHaveCount(0);
}

async function openForm(page, id) {
  await open(page, `?post=${id}`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await expect(page.locator("form.edit-form")).toBeVisible();
}

async function saveEdit(page, id, fill) {
  await openForm(page, id);
  await fill(page.locator("form.edit-form"));
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("form.edit-form")).toHaveCount(0);
}

/** Storage is full: IndexedDB (where the edits live) refuses every write with the error a full
 * disk gives, and localStorage is filled with junk until it refuses more (to about a kilobyte).
 * (Chromium's quota override, `Storage.overrideQuotaForOrigin`, does not refuse the few hundred
 * bytes an edit adds, so IndexedDB's refusal is made here.) */
async function fillStorage(page) {
  await page.evaluate(() => {
    window.__storageFull = true;
    if (!window.__refusing) {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        if (window.__storageFull) throw new DOMException("full", "QuotaExceededError");
        return put.apply(this, args);
      };
      window.__refusing = true;
    }
    let i = 0;
    for (const size of [512 * 1024, 16 * 1024, 1024]) {
      const chunk = "x".repeat(size);
      try {
        for (;;) localStorage.setItem(`fyllnad.${i++}`, chunk);
      } catch {
        // full at this size: go on with smaller pieces
      }
    }
  });
}

async function freeStorage(page) {
  await page.evaluate(() => {
    window.__storageFull = false;
    for (const k of Object.keys(localStorage)) if (k.startsWith("fyllnad.")) localStorage.removeItem(k);
  });
}

async function exported(page, item) {
  await page.locator(".menu summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: item }).click()]);
  return readFile(await download.path(), "utf8");
}

test.describe("open forms and questions survive outside changes", () => {
  test("another tab's save leaves an open form's typing alone, and both saves are kept", async ({ page, context }) => {
    await openForm(page, "cpu");
    const form = page.locator("form.edit-form");
    await form.getByLabel("Beskrivning").fill("Skrivet i flik B");
    await form.getByLabel("Titel").fill("B:s titel");
    const a = await secondTab(context, "?post=ulf-sh");
    await saveEdit(a, "ulf-sh", (f) => f.getByLabel("Titel").fill("A:s titel"));
    await expect.poll(async () => (await storedEdits(page)).length).toBe(1);
    // The other tab's save reached this one (its list counts it) …
    await expect(page.locator("label[for=f-lokala]")).toContainText("1");
    // … and the form is as the reader left it, with no notice: the entry it edits did not move.
    await expect(form.getByLabel("Beskrivning")).toHaveValue("Skrivet i flik B");
    await expect(form.getByLabel("Titel")).toHaveValue("B:s titel");
    await expect(page.locator("#andrad-annanstans")).toHaveCount(0);
    await page.getByRole("button", { name: "Spara" }).click();
    await expect.poll(async () => (await storedEdits(page)).map((e) => e.id).sort()).toEqual(["cpu", "ulf-sh"]);
    expect((await storedEntry(page, "cpu")).description).toBe("Skrivet i flik B");
    expect((await storedEntry(page, "ulf-sh")).contact.title).toBe("A:s titel");
  });

  test("an open Ta bort? question and an import preview stay open through another tab's save", async ({ page, context }) => {
    await open(page, "?post=cpu");
    await page.locator("#ta-bort").click();
    await expect(page.locator(".confirm")).toBeVisible();
    const a = await secondTab(context, "?post=ulf-sh");
    await saveEdit(a, "ulf-sh", (f) => f.getByLabel("Titel").fill("A"));
    await expect(page.locator("label[for=f-lokala]")).toContainText("1");
    await expect(page.locator(".confirm")).toContainText("Vill du ta bort");
    await page.locator(".confirm").getByRole("button", { name: "Avbryt" }).click();

    const overlay = JSON.parse(await stored(page));
    overlay.edits[0].entry.comment = "importerad";
    await page.locator("#importera").setInputFiles({ name: "a.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overlay)) });
    await expect(page.locator(".import-preview")).toContainText("Ändrade poster (1)");
    await saveEdit(a, "mau-fys", (f) => f.getByLabel("Titel").fill("A igen"));
    await expect(page.locator("label[for=f-lokala]")).toContainText("2");
    await expect(page.locator(".import-preview")).toContainText("Ändrade poster (1)");
    // Applying it merges into what is stored now: the other tab's later edit stays.
    await page.getByRole("button", { name: "Importera ändringarna" }).click();
    await expect.poll(async () => (await storedEntry(page, "ulf-sh"))?.comment).toBe("importerad");
    expect((await storedEntry(page, "mau-fys")).contact.title).toBe("A igen");
  });

  test("a language switch keeps an open Ta bort? question, the Rensa question and an import preview", async ({ page }) => {
    await saveEdit(page, "cpu", (f) => f.getByLabel("Titel").fill("min titel"));
    await page.locator("#ta-bort").click();
    await page.locator("#sprak").click();
    await expect(page.locator(".confirm")).toContainText("Delete “Samverkansavtal om Centrum");
    await page.locator(".confirm").getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Clear local edits" }).click();
    await expect(page.locator("#rensa-fraga")).toBeVisible();
    await page.locator("#sprak").click();
    await expect(page.locator("#rensa-fraga")).toContainText("1 lokal ändring tas bort");
    await page.getByRole("button", { name: "Avbryt" }).click();
    const overlay = JSON.parse(await stored(page));
    overlay.edits[0].entry.comment = "importerad";
    await page.locator("#importera").setInputFiles({ name: "a.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(overlay)) });
    await expect(page.locator(".import-preview")).toContainText("Ändrade poster (1)");
    await page.locator("#sprak").click();
    await expect(page.locator(".import-preview")).toContainText("Changed entries (1)");
    // Nothing was applied by the switches.
    expect((await storedEntry(page, "cpu")).comment).toBeNull();
  });

  test("a language switch keeps the open form's typing, and Save stores it", async ({ page }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Titel").fill("skrivet före bytet");
    await page.getByLabel("Beskrivning").fill("Beskrivning före bytet");
    await page.locator("#sprak").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("skrivet före bytet");
    await expect(page.getByLabel("Description")).toHaveValue("Beskrivning före bytet");
    // Focus stays on the switch, not pulled into the form.
    await expect(page.locator("#sprak")).toBeFocused();
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.contact.title).toBe("skrivet före bytet");
    expect((await storedEntry(page, "cpu")).description).toBe("Beskrivning före bytet");
  });
});

test.describe("concurrent changes are surfaced, never silently discarded", () => {
  test("a change in another tab is said in the form; saving merges field by field", async ({ page, context }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Titel").fill("B:s titel");
    const a = await secondTab(context, "?post=cpu");
    await saveEdit(a, "cpu", (f) => f.getByLabel("Kommentar").fill("A:s kommentar"));
    const notice = page.locator("#andrad-annanstans");
    await expect(notice).toContainText("Posten har ändrats i en annan flik");
    await expect(notice).not.toContainText("Ni har båda ändrat");
    await expect(page.getByLabel("Titel")).toHaveValue("B:s titel");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.contact.title).toBe("B:s titel");
    expect((await storedEntry(page, "cpu")).comment).toBe("A:s kommentar");
    await expect(page.locator("article.detail")).toContainText("A:s kommentar");
  });

  test("where both changed a field the reader chooses: keep mine or take theirs", async ({ page, context }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Titel").fill("B:s titel");
    await page.getByLabel("Beskrivning").fill("B:s beskrivning");
    const a = await secondTab(context, "?post=cpu");
    await saveEdit(a, "cpu", async (f) => {
      await f.getByLabel("Titel").fill("A:s titel");
      await f.getByLabel("Kommentar").fill("A:s kommentar");
    });
    const notice = page.locator("#andrad-annanstans");
    await expect(notice).toContainText("Ni har båda ändrat: Titel.");
    // The other tab's words are quoted, so the choice is made knowing them.
    await expect(notice.locator("li")).toHaveText(["Titel i den andra fliken: A:s titel"]);
    await accessible(page, "the form's notice of a change in another tab");
    await notice.getByRole("button", { name: "Ta den andra flikens version" }).click();
    await expect(notice).toHaveCount(0);
    // The choice moves focus to the form's first field, a frame later: wait for it, or the next
    // typing can land there instead of in Titel (it did, on a loaded CI machine).
    await expect(page.locator("#f-namn")).toBeFocused();
    // Their title and comment come in; my description stays.
    await expect(page.getByLabel("Titel")).toHaveValue("A:s titel");
    await expect(page.getByLabel("Kommentar")).toHaveValue("A:s kommentar");
    await expect(page.getByLabel("Beskrivning")).toHaveValue("B:s beskrivning");
    // A changes the title again; this time keep mine.
    await page.getByLabel("Titel").fill("B igen");
    await saveEdit(a, "cpu", (f) => f.getByLabel("Titel").fill("A igen"));
    await expect(notice).toContainText("Ni har båda ändrat: Titel.");
    await notice.getByRole("button", { name: "Behåll mina ändringar" }).click();
    await expect(page.locator("#f-namn")).toBeFocused();
    await expect(page.getByLabel("Titel")).toHaveValue("B igen");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.contact.title).toBe("B igen");
    const entry = await storedEntry(page, "cpu");
    expect([entry.description, entry.comment]).toEqual(["B:s beskrivning", "A:s kommentar"]);
  });

  test("an entry deleted in another tab: the form says so, keeps the typing, and a save brings it back", async ({ page, context }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Titel").fill("min titel");
    const a = await secondTab(context, "?post=cpu");
    await a.locator("#ta-bort").click();
    await a.locator("#bekrafta-ja").click();
    await expect.poll(async () => (await storedEdits(page)).length).toBe(1);
    const notice = page.locator("#andrad-annanstans");
    await expect(notice).toContainText("Posten har tagits bort i en annan flik");
    // Not an empty "Ny post" form: the entry's own form, with the typing.
    await expect(page.locator("#form-rubrik")).toContainText("Redigera Samverkansavtal om Centrum");
    await expect(page.getByLabel("Titel")).toHaveValue("min titel");
    await notice.getByRole("button", { name: "Behåll mina ändringar" }).click();
    await page.getByRole("button", { name: "Spara" }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.contact.title).toBe("min titel");
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, min titel");
  });

  test("Ångra undoes exactly its own change, not another tab's edit of the same entry", async ({ page, context }) => {
    await saveEdit(page, "cpu", (f) => f.getByLabel("Titel").fill("A:s titel"));
    const b = await secondTab(context, "?post=cpu");
    await expect(b.locator("article.detail")).toContainText("A:s titel");
    await saveEdit(b, "cpu", (f) => f.getByLabel("Kommentar").fill("B:s kommentar"));
    await expect(page.locator("article.detail")).toContainText("B:s kommentar");
    await page.getByRole("button", { name: "Ångra", exact: true }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.contact.title).toBe("VFU-samordnare");
    expect((await storedEntry(page, "cpu")).comment).toBe("B:s kommentar");
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, VFU-samordnare");
    await expect(page.locator("article.detail")).toContainText("B:s kommentar");
  });

  test("Ångra in this tab while a form is open: the form takes the undo in and keeps the typing", async ({ page }) => {
    await saveEdit(page, "cpu", (f) => f.getByLabel("Titel").fill("först"));
    await page.getByRole("button", { name: "Redigera", exact: true }).click();
    await page.getByLabel("Beskrivning").fill("skrivet i formuläret");
    await page.getByRole("button", { name: "Ångra", exact: true }).click();
    await expect(page.getByLabel("Titel")).toHaveValue("VFU-samordnare");
    await expect(page.getByLabel("Beskrivning")).toHaveValue("skrivet i formuläret");
    // Not "changed in another tab": it was this tab's own undo.
    await expect(page.locator("#andrad-annanstans")).toHaveCount(0);
    await page.getByRole("button", { name: "Spara" }).click();
    await expect.poll(async () => (await storedEntry(page, "cpu"))?.description).toBe("skrivet i formuläret");
    expect((await storedEntry(page, "cpu")).contact.title).toBe("VFU-samordnare");
  });

  test("two tabs pressing Ångra at once both undo; nothing undone comes back", async ({ page, context }) => {
    test.slow(); // five rounds of two edits and two undos
    await open(page);
    const b = await secondTab(context, "");
    for (let round = 1; round <= 5; round++) {
      await saveInApp(page, "cpu", (f) => f.getByLabel("Titel").fill(`A ${round}`));
      await saveInApp(b, "ulf-sh", (f) => f.getByLabel("Titel").fill(`B ${round}`));
      await expect.poll(async () => (await storedEdits(page)).length).toBe(2);
      await Promise.all([
        page.getByRole("button", { name: "Ångra", exact: true }).click(),
        b.getByRole("button", { name: "Ångra", exact: true }).click(),
      ]);
      await expect.poll(async () => stored(page), { message: `round ${round}` }).toBeNull();
      await page.waitForTimeout(100);
      expect(await stored(b), `round ${round}`).toBeNull();
    }
  });
});

test.describe("one source of truth per tab", () => {
  test("edits made while storage is full are all kept, and written once there is room", async ({ page }) => {
    await saveEdit(page, "cpu", (f) => f.getByLabel("Titel").fill("sparad"));
    await expect.poll(async () => (await storedEdits(page)).length).toBe(1);
    await fillStorage(page);
    await saveInApp(page, "ulf-sh", (f) => f.getByLabel("Titel").fill("i minnet 1"));
    await expect(page.locator("#lagring")).toContainText("De finns kvar i den här fliken och sparas så snart det går");
    await saveInApp(page, "mau-fys", (f) => f.getByLabel("Titel").fill("i minnet 2"));
    // Nothing held in memory was dropped by the later change (moving within the app, not
    // reloading: a reload would end the tab's memory, and the page asks before it does).
    await page.locator("#som-lista").click();
    await page.locator("label[for=f-lokala]").click();
    await expect(page.locator("#antal")).toHaveText("3 av 18 poster");
    const file = JSON.parse(await exported(page, "Exportera ändringar"));
    expect(file.edits.map((e) => e.id).sort()).toEqual(["cpu", "mau-fys", "ulf-sh"]);
    expect((await storedEdits(page)).map((e) => e.id)).toEqual(["cpu"]);
    // Leaving the page now would end what only this tab holds: the browser asks first.
    const asked = new Promise((resolve) =>
      page.once("dialog", async (d) => {
        resolve(d.type());
        await d.dismiss();
      }),
    );
    await page.evaluate(() => setTimeout(() => location.reload(), 0));
    expect(await asked).toBe("beforeunload");
    await expect(page.locator("#antal")).toHaveText("3 av 18 poster");
    // Room again: the waiting edits are written without anything being done.
    await freeStorage(page);
    await expect.poll(async () => (await storedEdits(page)).map((e) => e.id).sort(), { timeout: 10_000 }).toEqual([
      "cpu",
      "mau-fys",
      "ulf-sh",
    ]);
    await expect(page.locator("#lagring")).toHaveCount(0);
    await expect(page.locator("#bekraftelse")).toHaveText("Ändringarna som väntade är nu sparade i webbläsaren.");
  });

  test("Spara and straight away a reload: nothing asks, and the edit is there after it", async ({ page, context }) => {
    // A write to IndexedDB cannot finish once the page goes. Another tab holds the store, so
    // this tab's write of the second edit is still waiting when the reader reloads.
    await saveEdit(page, "cpu", (f) => f.getByLabel("Titel").fill("första"));
    await expect.poll(async () => (await storedEdits(page)).length).toBe(1);
    const other = await context.newPage();
    await other.goto("./oppna-data.html");
    await other.evaluate(
      ([name, store]) =>
        new Promise((held) => {
          const r = indexedDB.open(name);
          r.onsuccess = () => {
            const s = r.result.transaction(store, "readwrite").objectStore(store);
            // Kept active with one read after another until released.
            const spin = () => {
              if (!window.released) s.get("v1").onsuccess = spin;
            };
            spin();
            held();
          };
        }),
      EDITS_DB,
    );
    await saveInApp(page, "ulf-sh", (f) => f.getByLabel("Titel").fill("andra"));
    const asked = [];
    page.on("dialog", (d) => {
      asked.push(d.type());
      return d.dismiss();
    });
    await page.goto("./?post=ulf-sh");
    await other.evaluate(() => (window.released = true));
    await expect(page.locator("#antal")).toBeVisible();
    expect(asked).toEqual([]);
    await expect(page.locator("article.detail")).toContainText("andra");
    expect(await storedEntry(page, "ulf-sh")).toMatchObject({ contact: { title: "andra" } });
    expect(await storedEntry(page, "cpu")).toMatchObject({ contact: { title: "första" } });
    // What the tab left behind was taken in, and is gone.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("andringar")))).toEqual([
      "samverkansregistret.andringar.sedan",
    ]);
  });

  test("damaged stored edits that cannot be moved aside are never written over, and are moved aside once they can be", async ({ page }) => {
    await open(page);
    const damaged = `{"schema": "samverkansregistret-andringar", "edits": [trasig ${"x".repeat(8000)}`;
    await plantStored(page, damaged);
    await fillStorage(page);
    // Another tab's write announces itself: this tab reads the damaged text, and cannot move it
    // aside (nothing can be written), so it leaves it exactly as it is.
    await saveInApp(page, "cpu", (f) => f.getByLabel("Titel").fill("ny ändring"));
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, ny ändring");
    await expect(page.locator("#lagring")).toContainText("för full för att lägga en kopia åt sidan");
    expect(await stored(page)).toBe(damaged);
    // Once there is room, the damaged text is moved aside first, in the same step as the edit is
    // stored.
    await freeStorage(page);
    await expect.poll(async () => (await storedEntry(page, "cpu").catch(() => null))?.contact.title, { timeout: 10_000 }).toBe("ny ändring");
    expect(Object.values(await storedBackups(page))).toEqual([damaged]);
    // On a reload with storage full, the damaged text is found and moved aside in the database
    // (one transaction, no room needed), and a new edit waits in the tab.
    await plantStored(page, damaged);
    await page.reload();
    await expect(page.locator("#lagring")).toContainText("De sparade lokala ändringarna gick inte att läsa. De har lagts åt sidan");
    expect(Object.values(await storedBackups(page))).toEqual([damaged, damaged]);
    await fillStorage(page);
    await saveInApp(page, "cpu", (f) => f.getByLabel("Titel").fill("ny ändring 2"));
    await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, ny ändring");
    await expect(page.locator("#lagring")).toContainText("De finns kvar i den här fliken och sparas så snart det går");
    expect(await stored(page)).toBeNull();
    await freeStorage(page);
    await expect.poll(async () => (await storedEntry(page, "cpu").catch(() => null))?.contact.title, { timeout: 10_000 }).toBe("ny ändring 2");
    expect(Object.values(await storedBackups(page))).toEqual([damaged, damaged]);
  });
});

test.describe("a full import carries everything, or says what it leaves", () => {
  test("categories come along, the about text is said to stay, and the app's own export imports back", async ({ page }) => {
    await open(page);
    const register = JSON.parse(await exported(page, "Hela registret med ändringar (JSON)"));
    register.categories.push({ id: "ny-kategori", name: "Ny kategori", description: "Tillagd i en import." });
    register.categories.find((c) => c.id === "studenter").name = "Studenter (nytt namn)";
    register.about.intro[0] = "En annan inledning.";
    const cpu = register.entries.find((e) => e.id === "cpu");
    register.entries.push({ ...cpu, id: "ny-post", name: "Ny post i ny kategori", category: "ny-kategori" });
    await page.locator("#importera").setInputFiles({ name: "r.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(register)) });
    const preview = page.locator(".import-preview");
    await expect(preview).toContainText("Nya poster (1)");
    await expect(preview).toContainText("Nya eller ändrade kategorier (2)");
    await expect(preview).toContainText("Ny kategori");
    await expect(preview).toContainText("Studenter (nytt namn)");
    await expect(preview).toContainText("De följer inte med en import");
    await page.getByRole("button", { name: "Importera ändringarna" }).click();
    await open(page, "?post=ny-post");
    await expect(page.locator("article.detail")).toContainText("Ny kategori");
    await expect(page.locator(".facet[data-facet=kategori]")).toContainText("Ny kategori");
    await expect(page.locator(".facet[data-facet=kategori]")).toContainText("Studenter (nytt namn)");
    expect(JSON.parse(await stored(page)).categories.map((c) => c.id).sort()).toEqual(["ny-kategori", "studenter"]);
    // The app's own full export of this imports back, with nothing left to change.
    const again = await exported(page, "Hela registret med ändringar (JSON)");
    await page.locator("#importera").setInputFiles({ name: "r2.json", mimeType: "application/json", buffer: Buffer.from(again) });
    await expect(page.locator(".import-preview")).toContainText("Filen innehåller inga skillnader");
    await expect(page.locator(".import-error")).toHaveCount(0);
  });
});

test.describe("validation closes the small gaps", () => {
  test("a name of only a zero-width space is no name, in the form and in an import", async ({ page }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Namn", { exact: true }).fill("\u200B");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator(".form-errors")).toBeVisible();
    await expect(page.locator("#f-namn-fel")).toHaveText("Fyll i det här fältet.");
    expect(await stored(page)).toBeNull();
    await page.getByRole("button", { name: "Avbryt" }).click();
    const register = JSON.parse(await exported(page, "Hela registret med ändringar (JSON)"));
    register.entries.find((e) => e.id === "cpu").name = "\u200B\uFEFF";
    await page.locator("#importera").setInputFiles({ name: "r.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(register)) });
    await expect(page.locator(".import-error")).toContainText('post "cpu": namn saknas');
    expect(await stored(page)).toBeNull();
  });

  test("a mailto: link is a link; a javascript: one is refused in the form", async ({ page }) => {
    await openForm(page, "cpu");
    await page.getByLabel("Länkar").fill("javascript:alert(1)");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator(".form-errors")).toBeVisible();
    await expect(page.locator("form.edit-form")).toContainText("https://, http:// eller mailto:");
    await page.getByLabel("Länkar").fill("mailto:registrator@huddinge.se");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.locator('article.detail a[href="mailto:registrator@huddinge.se"]')).toHaveCount(1);
  });
});

test.describe("the shown validity follows the dates (issue 15)", () => {
  test("extending an agreement in the form updates Giltighetstid, not only the status", async ({ page }) => {
    await saveEdit(page, "ulf-konstfack", (f) => f.getByLabel("Giltig till").fill("2028"));
    const detail = page.locator("article.detail");
    await expect(detail).toContainText("Aktiv: giltig till 2028-12-31.");
    await expect(detail.locator("dt:has-text('Giltighetstid') + dd")).toHaveText("2025–2028");
    await expect(detail).not.toContainText("2025–2026");
    expect((await storedEntry(page, "ulf-konstfack")).validity.as_written).toBeNull();
  });
});
