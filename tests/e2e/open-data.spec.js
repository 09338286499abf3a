// Open data as the municipality decides: the columns' documentation page (oppna-data.html) that
// dcat.rdf points to, and open-data.json's "contact_names": false, which leaves the contacts'
// names and titles out of register.csv and register.json out of the catalogue and the footer.
// Each test lays out its own site (a copy of dist/ on the plain file server).
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test, expect, controlled, editingMode, violations } from "./fixtures.js";
import { GOOD, downloaded, replace, site } from "./sites.js";

test("the build writes the columns' documentation, dcat.rdf points to it, and a returning reader opens it", async ({ page }) => {
  const s = await site("dokumentation");
  const rdf = await readFile(join(s.dir, "dcat.rdf"), "utf8");
  expect(rdf).toContain('<foaf:page rdf:resource="oppna-data.html"/>');
  expect(rdf).toContain('<dcterms:accrualPeriodicity rdf:resource="http://publications.europa.eu/resource/authority/frequency/IRREG"/>');
  expect(rdf).toContain('<dcterms:spatial rdf:resource="dcat.rdf#plats"/>');
  expect(rdf).toContain('<skos:prefLabel xml:lang="sv">Huddinge kommun</skos:prefLabel>');
  // A reader whose service worker has the app gets the page itself, not the app.
  await page.goto(s.url);
  await controlled(page);
  await page.goto(`${s.url}oppna-data.html`);
  await expect(page.locator("section[lang=sv] h1")).toHaveText("Samverkansregistret som öppna data");
  await expect(page.locator("section[lang=sv] dt")).toHaveCount(17);
  await expect(page.locator("section[lang=en] h1")).toHaveText("Samverkansregistret as open data");
  expect(await violations(page)).toEqual([]);
  // "Om registret" links to it.
  await page.goto(`${s.url}?vy=om`);
  await page.getByRole("link", { name: "Samverkansregistret som öppna data" }).click();
  await expect(page).toHaveURL(`${s.url}oppna-data.html`);
});

test("without contact names: no names in register.csv, no register.json in the catalogue or the footer, from the tool and from Publicera", async ({
  page,
}) => {
  const s = await site("utan-namn");
  // IT records the municipality's decision and publishes again, as docs/PUBLISHING.md says.
  await replace(s.dir, "open-data.json", JSON.stringify({ contact_names: false }));
  execFileSync("../../target/release/publish", ["--datum", "2026-11-28", join(s.dir, "register.json"), s.dir], { stdio: "pipe" });
  const csv = await readFile(join(s.dir, "register.csv"), "utf8");
  expect(csv.split("\r\n")[0]).not.toMatch(/Kontaktperson,|Titel,/);
  expect(csv).toContain("Kontaktpersonens förvaltning");
  expect(csv).not.toContain("Nilla Mälardahl");
  const rdf = await readFile(join(s.dir, "dcat.rdf"), "utf8");
  expect(rdf).not.toContain("register.json");
  expect(await readFile(join(s.dir, "oppna-data.html"), "utf8")).toContain("lämna kontaktpersonernas namn och titlar utanför");
  // The footer, pre-rendered and the app's, names only the open data there is.
  const page0 = await (await fetch(s.url)).text();
  expect(page0).toContain('<p class="open-data">Öppna data: <a href="register.csv">register.csv</a>, <a href="dcat.rdf">dcat.rdf</a></p>');
  await page.goto(s.url);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  await expect(page.locator("footer .open-data a")).toHaveText(["register.csv", "dcat.rdf"]);
  // The app itself still reads register.json and shows the contacts: the choice is about open data.
  await expect(page.locator("li.entry[data-id=cpu]")).toContainText("Nilla Mälardahl");

  // Publicera follows the same choice.
  await editingMode(page);
  await page.goto(`${s.url}?post=cpu`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("ny titel");
  await page.getByRole("button", { name: "Spara" }).click();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  const newCsv = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.csv" }));
  expect(newCsv.text).not.toContain("Nilla Mälardahl");
  expect(newCsv.text).not.toContain("ny titel");
  const html = await downloaded(page, panel.getByRole("button", { name: "Ladda ner index.html" }));
  expect(html.text).toContain('<p class="open-data">Öppna data: <a href="register.csv">register.csv</a>, <a href="dcat.rdf">dcat.rdf</a></p>');
  const json = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));
  expect(JSON.parse(json.text).entries.find((e) => e.id === "cpu").contact.title).toBe("ny titel");
  // With open-data.json unreadable, no CSV is made: it might hold names the municipality left out.
  await replace(s.dir, "open-data.json", "{ trasig");
  await panel.getByRole("button", { name: "Stäng" }).click();
  await page.getByRole("button", { name: "Publicera …" }).click();
  await panel.getByRole("button", { name: "Ladda ner register.csv" }).click();
  await expect(panel.getByRole("alert")).toContainText("open-data.json på webbservern går inte att använda");
  expect(JSON.parse(await GOOD).entries.length).toBe(18);
});

test("the worker precaches the app's code, never a file a publication replaces, and the build filled in every shared name", async () => {
  const sw = await readFile("../../dist/sw.js", "utf8");
  const gate = await readFile("../../dist/gate.js", "utf8");
  for (const file of ["register.json", "register.csv", "dcat.rdf", "open-data.json", "oppna-data.html"]) {
    expect(sw).not.toContain(`"./${file}"`);
  }
  expect(sw).toContain('"./gate.js"');
  // The core's names (crates/core/src/shared.rs), written in place of the scripts' placeholders.
  for (const script of [sw, gate]) expect(script).not.toMatch(/__[A-Z_]+__/);
  expect(sw).toContain('const DATA_CACHE = "samverkansregistret-data";');
  expect(gate).toContain('localStorage.getItem("samverkansregistret.sprak")');
});
