// A wrong register.json on the server, and Publicera on a stale base or while the edits change:
// the coordinator's local work is never taken, and a publication is one checked snapshot of it.
// Each test lays out its own site (a copy of dist/ on the plain file server) and replaces its
// files as IT would.
import { test, expect, accessible, editingMode, storedText, TODAY } from "./fixtures.js";
import { GOOD, downloaded, replace, site } from "./sites.js";

async function loaded(page, url) {
  await page.goto(url);
  await expect(page.locator("#antal")).toBeVisible();
}

async function editTitle(page, id, title) {
  await page.locator("#som-lista").click();
  await page.locator(`li.entry[data-id=${id}] h3 a`).click();
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("form.edit-form")).toHaveCount(0);
}

async function remove(page, id) {
  await page.locator("#som-lista").click();
  await page.locator(`li.entry[data-id=${id}] h3 a`).click();
  await page.getByRole("button", { name: "Ta bort" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
  await expect(page.locator(`li.entry[data-id=${id}]`)).toHaveCount(0);
}

const ids = async (page) => (await page.locator("li.entry").evaluateAll((l) => l.map((e) => e.dataset.id))).sort();

test.beforeEach(async ({ page }) => editingMode(page));

test("a wrong register.json and then the right one again: every local change is still there (S15)", async ({ page }) => {
  const s = await site("fel-fil");
  await loaded(page, s.url);
  await editTitle(page, "cpu", "lokal titel");
  await remove(page, "ulf-sh");
  await remove(page, "nya-roster");
  await page.locator("#som-lista").click();
  const before = await ids(page);
  expect(before).toHaveLength(16);

  // IT publishes a test file by mistake: valid, one entry. The coordinator reloads.
  const wrong = JSON.parse(await GOOD);
  wrong.entries = wrong.entries.filter((e) => e.id === "examensarbeten");
  await replace(s.dir, "register.json", JSON.stringify(wrong));
  await loaded(page, s.url);
  // Its one entry, and CPU: changed here, and missing from the file (a conflict to resolve).
  await expect(page.locator("#antal")).toHaveText("2 av 2 poster");
  await expect(page.locator("li.entry[data-id=cpu] .badge.conflict")).toHaveCount(1);
  // The two deletions look published; they are kept, and the coordinator is told so.
  await expect(page.locator("#publicerade-andringar")).toContainText(
    "2 av dina lokala ändringar syns nu i det publicerade registret",
  );
  await accessible(page, "the notice about published edits");
  expect(JSON.parse(await storedText(page)).settled.map((e) => e.id).sort()).toEqual(["nya-roster", "ulf-sh"]);

  // IT puts the right file back; the coordinator reloads: everything as before the mistake.
  await replace(s.dir, "register.json", await GOOD);
  await loaded(page, s.url);
  await expect(page.locator("#antal")).toHaveText("16 av 16 poster");
  expect(await ids(page)).toEqual(before);
  await expect(page.locator("li.entry[data-id=cpu]")).toContainText("lokal titel");
  await expect(page.locator("#publicerade-andringar")).toHaveCount(0);
  const stored = JSON.parse(await storedText(page));
  expect(stored.edits.map((e) => e.id).sort()).toEqual(["cpu", "nya-roster", "ulf-sh"]);
  expect(stored.settled).toBeUndefined();
});

test("published edits go once the coordinator confirms the publication", async ({ page }) => {
  const s = await site("bekrafta");
  await loaded(page, s.url);
  await editTitle(page, "cpu", "publicerad på annat sätt");
  // The same change reaches the server another way (IT edited the file): no evidence that it is
  // this browser's publication, so the edit is kept until the coordinator confirms.
  const next = JSON.parse(await GOOD);
  next.entries.find((e) => e.id === "cpu").contact.title = "publicerad på annat sätt";
  await replace(s.dir, "register.json", JSON.stringify(next));
  await loaded(page, s.url);
  const notice = page.locator("#publicerade-andringar");
  await expect(notice).toContainText("En av dina lokala ändringar syns nu i det publicerade registret");
  await expect(page.locator(".badge.local, .badge.conflict")).toHaveCount(0);
  await notice.getByRole("button", { name: "Publiceringen stämmer" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator("#redigera-registret")).toBeFocused();
  await expect.poll(() => storedText(page)).toBeNull();
});

test("Publicera refuses when the server has a newer register than the edits build on", async ({ page }) => {
  const s = await site("nyare");
  await loaded(page, s.url);
  await editTitle(page, "cpu", "min ändring");
  // Meanwhile IT publishes someone else's change; this page still builds on the old register.
  const newer = JSON.parse(await GOOD);
  newer.source.updated = "2026-11-27";
  newer.entries.find((e) => e.id === "ki-samverkansavtal").contact.name = "Karin Holm";
  await replace(s.dir, "register.json", JSON.stringify(newer));
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel.getByRole("alert")).toContainText(
    "Registret på webbservern har ändrats sedan den här sidan laddades (senast uppdaterat 2026-11-27 där; dina ändringar bygger på 2025-09-11)",
  );
  await expect(panel.locator(".publish-files button")).toHaveCount(0);
  await accessible(page, "Publicera refusing a stale base");
  // Reloading takes the new register in, with the edit on top: now it publishes both.
  await panel.getByRole("button", { name: "Ladda om" }).click();
  await expect(page.locator("#antal")).toBeVisible();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const json = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));
  const published = JSON.parse(json.text);
  expect(published.entries.find((e) => e.id === "cpu").contact.title).toBe("min ändring");
  expect(published.entries.find((e) => e.id === "ki-samverkansavtal").contact.name).toBe("Karin Holm");
});

test("Publicera refuses when the server's register cannot be read, and tries again", async ({ page }) => {
  const s = await site("oläslig");
  await loaded(page, s.url);
  await editTitle(page, "cpu", "min ändring");
  await replace(s.dir, "register.json", "{ inte json");
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel.getByRole("alert")).toContainText("Registret på webbservern gick inte att läsa");
  await expect(panel.locator(".publish-files button")).toHaveCount(0);
  await replace(s.dir, "register.json", await GOOD);
  await panel.getByRole("button", { name: "Försök igen" }).click();
  await expect(panel.locator(".publish-files button")).toHaveCount(4);
});

test("the four files are one snapshot: an edit in another tab while the panel is open makes them again", async ({
  page,
  context,
}) => {
  const s = await site("ogonblicksbild");
  await loaded(page, s.url);
  await editTitle(page, "cpu", "första");
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel.locator(".publish-files button")).toHaveCount(4);
  await expect(panel).toContainText("med 1 lokal ändring");

  const other = await context.newPage();
  await other.clock.setFixedTime(new Date(TODAY));
  await loaded(other, s.url);
  await editTitle(other, "mau-fys", "från andra fliken");

  await expect(panel.locator(".publish-rebuilt")).toHaveText(
    "Dina lokala ändringar ändrades medan panelen var öppen (här eller i en annan flik). Filerna har skapats om och stämmer nu med det du ser.",
  );
  await expect(panel).toContainText("med 2 lokala ändringar");
  const files = {};
  for (const name of ["register.json", "index.html", "register.csv"]) {
    files[name] = (await downloaded(page, panel.getByRole("button", { name: `Ladda ner ${name}` }))).text;
  }
  // The site's open-data.json gives no address: dcat.rdf asks which one, here relative ones.
  await panel.getByRole("button", { name: "Ladda ner dcat.rdf" }).click();
  files["dcat.rdf"] = (await downloaded(page, panel.getByRole("button", { name: "Utgå från filen själv" }))).text;
  const register = JSON.parse(files["register.json"]);
  expect(register.entries.find((e) => e.id === "mau-fys").contact.title).toBe("från andra fliken");
  expect(register.entries.find((e) => e.id === "cpu").contact.title).toBe("första");
  for (const name of ["index.html", "register.csv"]) {
    expect(files[name], name).toContain("från andra fliken");
    expect(files[name], name).toContain("första");
  }
  expect(files["dcat.rdf"]).toContain(`>${register.source.updated}</dcterms:modified>`);

  // IT replaces the files: this is this browser's publication, so the edits settle for good.
  await replace(s.dir, "register.json", files["register.json"]);
  await loaded(page, s.url);
  await expect(page.locator(".badge.local, .badge.conflict")).toHaveCount(0);
  await expect(page.locator("#publicerade-andringar")).toHaveCount(0);
  await expect.poll(() => storedText(page)).toBeNull();
});
