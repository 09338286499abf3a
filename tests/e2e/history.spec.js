// The register's history: each publication records what it changed, field by field, in
// register.json itself. Publicera and scripts/publish.sh (the tools' `publish`) write the same
// bytes for the same change; a returning reader is told what changed in each entry and which
// entries were removed, by name; each entry shows its own "Ändringar"; "Ändringslogg" lists the
// publications. Each test lays out its own site (a copy of dist/ on the plain file server) and
// replaces its files as IT would.
import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, editingMode, violations } from "./fixtures.js";
import { GOOD, downloaded, replace, site } from "./sites.js";

/** The tools' publish, as scripts/publish.sh runs it (built by every build's post-build step). */
const PUBLISH = "../../target/release/publish";
/** The fixtures' day (TODAY), so the tool dates its record as Publicera does. */
const DAY = "2026-11-28";

let publications = 0;

/** Publishes `register` (text) into the site `dir` with the tool, as IT would with publish.sh.
 * The files get later modification times than any before (the file server revalidates by the
 * second, and two publications can come within one). */
async function publishWithTool(dir, register) {
  const file = join(await mkdtemp(join(tmpdir(), "historik-")), "register.json");
  await writeFile(file, register);
  execFileSync(PUBLISH, ["--datum", DAY, file, dir], { stdio: "pipe" });
  const later = new Date(Date.now() + 10_000 * ++publications);
  for (const name of ["register.json", "index.html", "register.csv", "dcat.rdf"]) {
    await utimes(join(dir, name), later, later);
  }
}

/** The built register with the KI agreement's contact named `name`. */
async function withKiContact(name, base = GOOD) {
  const r = JSON.parse(await base);
  r.entries.find((e) => e.id === "ki-samverkansavtal").contact.name = name;
  return JSON.stringify(r, null, 2);
}

const notice = (page) => page.getByRole("region", { name: "Nytt sedan ditt senaste besök" });

test("Publicera and publish.sh write the same history; a returning reader is told what changed and what was removed", async ({
  page,
  browser,
}) => {
  const s = await site("historik");
  // A reader who has been here before the publication.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.clock.setFixedTime(new Date(`${DAY}T12:00:00`));
  await reader.goto(s.url);
  await expect(reader.locator("#antal")).toHaveText("18 av 18 poster");

  // The coordinator changes a contact and removes an ended entry, then publishes.
  await editingMode(page);
  await page.goto(`${s.url}?post=ki-samverkansavtal`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Kontaktperson", { exact: true }).fill("Karin Holm");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("article.detail")).toContainText("Karin Holm");
  await page.goto(`${s.url}?post=campusgruppen`);
  await page.getByRole("button", { name: "Ta bort" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort" }).click();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  const json = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));
  const html = await downloaded(page, panel.getByRole("button", { name: "Ladda ner index.html" }));
  const published = JSON.parse(json.text);
  expect(published.version).toBe(3);
  expect(published.history.publications).toHaveLength(1);
  const record = published.history.publications[0];
  expect(record.date).toBe(DAY);
  expect(record.from).toMatch(/^[0-9a-f]{16}$/);
  expect(record.changed).toEqual([
    {
      id: "ki-samverkansavtal",
      name: "Avtal om samverkan mellan Huddinge kommun och Karolinska Institutet",
      fields: [{ field: "contact_name", old: "Elisa Reinikainen", new: "Karin Holm" }],
    },
  ]);
  expect(record.removed).toEqual([{ id: "campusgruppen", name: "Campusgruppen" }]);
  expect(record.added).toBeUndefined();

  // publish.sh on the same change, against the same published register: the same bytes.
  const toolDir = await mkdtemp(join(tmpdir(), "historik-verktyg-"));
  await copyFile(join(s.dir, "index.html"), join(toolDir, "index.html"));
  const edited = JSON.parse(await GOOD);
  edited.entries = edited.entries.filter((e) => e.id !== "campusgruppen");
  edited.entries.find((e) => e.id === "ki-samverkansavtal").contact.name = "Karin Holm";
  const editedFile = join(toolDir, "andrat.json");
  await writeFile(editedFile, JSON.stringify(edited));
  execFileSync(PUBLISH, ["--tidigare", join(s.dir, "register.json"), "--datum", DAY, editedFile, toolDir], { stdio: "pipe" });
  expect(await readFile(join(toolDir, "register.json"), "utf8")).toBe(json.text);
  expect(await readFile(join(toolDir, "index.html"), "utf8")).toBe(html.text);

  // IT replaces the files; the returning reader's next load says what changed.
  await replace(s.dir, "register.json", json.text);
  await replace(s.dir, "index.html", html.text);
  await reader.reload();
  const news = notice(reader);
  await expect(news).toContainText("1 ändrad och 1 borttagen");
  await expect(news.locator(".news-changed li").first()).toContainText(
    "Avtal om samverkan mellan Huddinge kommun och Karolinska Institutet",
  );
  await expect(news.locator(".news-changed .log-fields li")).toHaveText(["Kontaktperson: Elisa Reinikainen → blev Karin Holm"]);
  await expect(news.locator(".news-removed li")).toHaveText(["Campusgruppen"]);
  // The arrow is not read out; the word is.
  await expect(news.locator(".log-fields [aria-hidden=true]")).toHaveText(" →");
  expect(await violations(reader)).toEqual([]);

  // The entry's own "Ändringar".
  await news.locator(".news-changed a").click();
  const history = reader.getByRole("region", { name: "Ändringar" });
  await expect(history.locator("li").first()).toContainText(`${DAY}`);
  await expect(history).toContainText("Kontaktperson: Elisa Reinikainen → blev Karin Holm");
  // An entry no publication has touched says so.
  await reader.goto(`${s.url}?post=cpu`);
  await expect(reader.getByRole("region", { name: "Ändringar" })).toContainText(
    "Inga publicerade ändringar sedan ändringsloggen började föras.",
  );

  // The change log, from the notice.
  await reader.goto(`${s.url}?nytt=1`);
  await expect(reader.locator("#antal")).toHaveText("1 av 17 poster");
  await notice(reader).getByRole("link", { name: "Hela ändringsloggen" }).click();
  // The view changes; the filters stay in the address for the way back, as for "Om registret".
  await expect(reader).toHaveURL(/[?&]vy=andringslogg$/);
  await expect(reader.locator("h1")).toHaveText("Ändringslogg");
  const pub = reader.locator("section.log-publication");
  await expect(pub.locator("h2")).toHaveText(`Publicerad ${DAY}`);
  await expect(pub).toContainText("1 ändrad, 1 borttagen");
  await expect(pub.locator(".log-removed li")).toHaveText(["Campusgruppen"]);
  expect(await violations(reader)).toEqual([]);
  // Its entry links open the entry in the register.
  await pub.locator(".log-changed a").click();
  await expect(reader).toHaveURL(/[?&]post=ki-samverkansavtal$/);
  await expect(reader.locator("article.detail h2")).toContainText("Karolinska Institutet");

  // "Markera som läst" with nytt=1 on: the filter goes with the news, so the chip never shows
  // entries the notice no longer calls new.
  await reader.goto(`${s.url}?nytt=1`);
  await expect(reader.locator("#antal")).toHaveText("1 av 17 poster");
  const entries = await reader.evaluate(() => history.length);
  await notice(reader).getByRole("button", { name: "Markera som läst" }).click();
  await expect(notice(reader)).toHaveCount(0);
  await expect(reader).not.toHaveURL(/nytt=1/);
  await expect(reader.getByRole("button", { name: "Ta bort filter Nytt sedan senaste besöket" })).toHaveCount(0);
  await expect(reader.locator("#antal")).toHaveText("17 av 17 poster");
  // The address was replaced, not pushed: Back does not lead to the filter that shows nothing.
  expect(await reader.evaluate(() => history.length)).toBe(entries);
  await readerContext.close();
});

test("a reader is told only of the publications since it last marked the register as read", async ({ page }) => {
  const s = await site("historik-sedan");
  await page.goto(s.url);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  // Two publications by IT: Elisa Reinikainen → Karin Holm, then Karin Holm → Kim Lund.
  await publishWithTool(s.dir, await withKiContact("Karin Holm"));
  await page.reload();
  await expect(notice(page).locator(".log-fields li")).toHaveText(["Kontaktperson: Elisa Reinikainen → blev Karin Holm"]);
  await notice(page).getByRole("button", { name: "Markera som läst" }).click();
  await expect(notice(page)).toHaveCount(0);
  await publishWithTool(s.dir, await withKiContact("Kim Lund"));
  await page.reload();
  await expect(notice(page).locator(".log-fields li")).toHaveText(["Kontaktperson: Karin Holm → blev Kim Lund"]);
  // A reader who saw neither: one line, from the value it saw to the value now.
  const context = page.context();
  const fresh = await context.browser().newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date(`${DAY}T12:00:00`));
  await other.route("**/register.json", async (route) => route.fulfill({ body: await GOOD, contentType: "application/json" }));
  await other.goto(s.url);
  await expect(other.locator("#antal")).toHaveText("18 av 18 poster");
  await other.unroute("**/register.json");
  await other.reload();
  await expect(notice(other).locator(".log-fields li")).toHaveText(["Kontaktperson: Elisa Reinikainen → blev Kim Lund"]);
  // The log has both, newest first, and in English too.
  await other.goto(`${s.url}?vy=andringslogg&lang=en`);
  await expect(other.locator("h1")).toHaveText("Change log");
  await expect(other.locator("section.log-publication h2")).toHaveText([`Published ${DAY}`, `Published ${DAY}`]);
  await expect(other.locator("section.log-publication .log-fields li")).toHaveText([
    "Contact: Karin Holm → became Kim Lund",
    "Contact: Elisa Reinikainen → became Karin Holm",
  ]);
  await fresh.close();
});

test("a register of the old schema (version 2, no history) is read, and the log says there is nothing yet", async ({ page }) => {
  const s = await site("historik-v2");
  const old = JSON.parse(await GOOD);
  old.version = 2;
  await replace(s.dir, "register.json", JSON.stringify(old));
  await page.goto(`${s.url}?vy=andringslogg`);
  await expect(page.locator("h1")).toHaveText("Ändringslogg");
  await expect(page.locator("main")).toContainText("Ingen publicering har ändrat registret sedan ändringsloggen började föras.");
  await page.goto(`${s.url}?post=cpu`);
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl");
  await expect(page.locator("footer").getByRole("link", { name: "Ändringslogg" })).toBeVisible();
});

test("Publicera gives the whole publication as one zip for IT, with SHA-256 sums that check", async ({ page }) => {
  const s = await site("zip");
  await editingMode(page);
  await page.goto(`${s.url}?post=cpu`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("titel i zip");
  await page.getByRole("button", { name: "Spara" }).click();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel).toContainText("SHA-256-kontrollsummor");
  // open-data.json names no address: asked first, as for dcat.rdf alone.
  await panel.getByRole("button", { name: "Ladda ner allt som en zip-fil" }).click();
  await expect(page.locator("#publicera-adress")).toBeFocused();
  const zip = await downloadedFile(page, panel.getByRole("button", { name: "Utgå från filen själv" }));
  expect(zip.name).toBe(`samverkansregistret-publicering-${DAY}.zip`);
  const single = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));

  // Unpacked with Python's zipfile (another implementation than the writer), then checked the
  // way the note tells IT to: sha256sum -c SHA256SUMS.
  const dir = await mkdtemp(join(tmpdir(), "zip-"));
  const listing = execFileSync("python3", [
    "-c",
    "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); print('\\n'.join(z.namelist()))",
    zip.path,
    dir,
  ]).toString();
  expect(listing.trim().split("\n")).toEqual([
    "register.json",
    "index.html",
    "register.csv",
    "dcat.rdf",
    "oppna-data.html",
    "SHA256SUMS",
    "LASMIG.txt",
  ]);
  const checked = execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir }).toString();
  expect(checked.trim().split("\n")).toEqual([
    "register.json: OK",
    "index.html: OK",
    "register.csv: OK",
    "dcat.rdf: OK",
    "oppna-data.html: OK",
  ]);
  // The same files as the single downloads, and the note names the day and the check.
  expect(await readFile(join(dir, "register.json"), "utf8")).toBe(single.text);
  expect(await readFile(join(dir, "register.json"), "utf8")).toContain("titel i zip");
  expect(await readFile(join(dir, "dcat.rdf"), "utf8")).toContain('rdf:about="dcat.rdf#datamangd"');
  const note = await readFile(join(dir, "LASMIG.txt"), "utf8");
  expect(note).toContain(`Samverkansregistret – publicering ${DAY}`);
  expect(note).toContain("sha256sum -c SHA256SUMS");
  expect(note).toContain(`Senast uppdaterad ${DAY}`);

  // Served as IT unpacks it, the publication is the register.
  for (const name of ["register.json", "index.html", "register.csv", "dcat.rdf", "oppna-data.html"]) {
    await replace(s.dir, name, await readFile(join(dir, name), "utf8"));
  }
  await page.goto(`${s.url}?post=cpu`);
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, titel i zip");
  await expect(page.locator("footer")).toContainText(`Senast uppdaterad ${DAY}`);
});

/** Clicks `button` and returns the downloaded file's suggested name and its path on disk. */
async function downloadedFile(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}
