// The register as a file beside the app (register.json): replaced on the server without a build,
// fetched network-first by the service worker, never used when broken, and published by the
// coordinator with Publicera. Each test lays out its own site: a copy of dist/ under the plain
// python file server's root, whose files the test then replaces as IT would.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test as plain } from "@playwright/test";
import { test, expect, accessible, controlled, editingMode, open as open_, TODAY, storedText } from "./fixtures.js";
import { GOOD, downloaded, replace, site } from "./sites.js";

/** The register as built, with cpu's contact title changed. */
async function withTitle(title) {
  const r = JSON.parse(await GOOD);
  r.entries.find((e) => e.id === "cpu").contact.title = title;
  return JSON.stringify(r, null, 2);
}

/** Waits until this browser keeps a last good copy of the register. */
async function kept(page) {
  await page.waitForFunction(async () => {
    const cache = await caches.open("samverkansregistret-data");
    return (await cache.match(new URL("register.json", location.href).href)) !== undefined;
  });
}

const cpu = (page) => page.locator("li.entry[data-id=cpu]");

test("the page preloads register.json and fetches it once; the wasm holds no register", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => r.url().includes("register.json") && requests.push(r.url()));
  await page.goto("./");
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  await expect(page.locator('link[rel=preload][href="register.json"][as=fetch]')).toHaveCount(1);
  expect(requests).toHaveLength(1);
  const wasm = await page.evaluate(async () => {
    const src = [...document.querySelectorAll("link[href$='.wasm']")][0].href;
    return new TextDecoder().decode(await (await fetch(src)).arrayBuffer());
  });
  expect(wasm).not.toContain("VFU-samordnare");
  await expect(page.locator("footer")).toContainText("Senast uppdaterad 2025-09-11");
});

test("a replaced register.json reaches a returning reader on the next load, and a first-time one, with no build", async ({
  page,
  browser,
}) => {
  const s = await site("ersatt");
  await page.goto(s.url);
  await expect(cpu(page)).toContainText("Nilla Mälardahl, VFU-samordnare");
  await controlled(page);
  await kept(page);

  await replace(s.dir, "register.json", await withTitle("ny titel från servern"));
  // The returning reader, whose service worker has the app cached: the next load.
  await page.reload();
  await expect(cpu(page)).toContainText("Nilla Mälardahl, ny titel från servern");
  // Offline, the new register is what this browser keeps.
  await kept(page);
  await page.context().setOffline(true);
  await page.goto(`${s.url}?post=cpu`);
  await expect(page.locator("article.detail")).toContainText("ny titel från servern");
  await page.context().setOffline(false);

  // A first-time reader.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.clock.setFixedTime(new Date(TODAY));
  await fresh.goto(s.url);
  await expect(cpu(fresh)).toContainText("Nilla Mälardahl, ny titel från servern");
  await other.close();
});

test("a returning reader's first load after a publication paints the new register, not the cached one", async ({ page }) => {
  const s = await site("forsta-bilden");
  await page.goto(s.url);
  await expect(cpu(page)).toContainText("Nilla Mälardahl, VFU-samordnare");
  await controlled(page);
  await kept(page);
  // A publication: the register and the page with its first screen rendered from it (as
  // Publicera and publish.sh write it; here the build's page with the one change made in it).
  const built = await readFile(join(s.dir, "index.html"), "utf8");
  const published = built
    .replaceAll("Nilla Mälardahl, VFU-samordnare", "Nilla Mälardahl, publicerad titel")
    .replace("Senast uppdaterad 2025-09-11", "Senast uppdaterad 2026-11-28");
  expect(published).not.toBe(built);
  await replace(s.dir, "register.json", await withTitle("publicerad titel"));
  await replace(s.dir, "index.html", published);
  // The first load after it: the page the service worker answers with is the new one, so the
  // first paint (before the app runs) already shows the new contact and date.
  const response = await page.reload();
  expect(response.fromServiceWorker()).toBe(true);
  const first = await response.text();
  expect(first).toContain("Nilla Mälardahl, publicerad titel");
  expect(first).toContain("Senast uppdaterad 2026-11-28");
  await expect(cpu(page)).toContainText("Nilla Mälardahl, publicerad titel");
  // Offline, the page is the one kept from that answer (and the register the app kept once it
  // had read the new one).
  await page.waitForFunction(async () => {
    const cache = await caches.open("samverkansregistret-data");
    const kept = await cache.match(new URL("register.json", location.href).href);
    return kept !== undefined && (await kept.text()).includes("publicerad titel");
  });
  await page.context().setOffline(true);
  const offline = await page.reload();
  expect(await offline.text()).toContain("Senast uppdaterad 2026-11-28");
  await expect(cpu(page)).toContainText("Nilla Mälardahl, publicerad titel");
  await page.context().setOffline(false);
});

// Without the fixture's console check: a text or XML document makes Chromium ask the server's
// root for /favicon.ico, which the test server does not have.
plain("a returning reader opening the open data by URL gets the files, not the app", async ({ page }) => {
  const s = await site("oppna-filer");
  await page.goto(s.url);
  await controlled(page);
  // The footer links to the open data, with JavaScript and in the pre-rendered page alike, and
  // "Om registret" says what the files are and that contact names are personal data.
  await expect(page.locator("footer .open-data a")).toHaveText(["register.csv", "register.json", "dcat.rdf"]);
  expect(await (await fetch(s.url)).text()).toContain(
    '<p class="open-data">Öppna data: <a href="register.csv">register.csv</a>, <a href="register.json">register.json</a>, <a href="dcat.rdf">dcat.rdf</a></p>',
  );
  await page.goto(`${s.url}?vy=om`);
  await expect(page.locator("main")).toContainText("Det är personuppgifter, och att publicera dem som öppna data är kommunens beslut.");
  await expect(page.locator("main .open-data a")).toHaveText(["register.csv", "register.json", "dcat.rdf"]);
  const types = {
    "register.csv": "text/csv",
    "dcat.rdf": "application/rdf+xml",
    "open-data.json": "application/json",
    "register.json": "application/json",
  };
  for (const [file, type] of Object.entries(types)) {
    // What the tab navigated to, as the service worker answered it (the CSV is a download).
    const answered = page.waitForResponse(`${s.url}${file}`);
    const download = type === "text/csv" ? page.waitForEvent("download") : null;
    await page.goto(`${s.url}${file}`).catch(() => {});
    const response = await answered;
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toContain(type);
    // The served file itself (Chromium keeps no body of a navigation it renders as XML or text,
    // so the CSV's download and the rest's types are what is compared).
    if (download) expect(await readFile(await (await download).path(), "utf8")).toBe(await readFile(join(s.dir, file), "utf8"));
  }
  // A file IT put beside the app: the server's answer.
  await writeFile(join(s.dir, "rapport.txt"), "IT:s fil");
  expect(await (await page.goto(`${s.url}rapport.txt`)).text()).toBe("IT:s fil");
  // The app's own page, with or without index.html and a query, is still the app.
  for (const path of ["", "index.html", "?vy=tabell", "index.html?post=cpu"]) {
    await page.goto(`${s.url}${path}`);
    await expect(page.locator("#antal"), path).toBeVisible();
  }
});

// Each way a file on the server can be wrong, and the words that say so.
// Each is made from the good file as the build wrote it.
const BROKEN = {
  "cut off halfway": async () => (await GOOD).slice(0, 9000),
  "an HTML error page": async () => "<!DOCTYPE html><title>Fel</title><p>Internt fel</p>",
  "of another schema": async () => JSON.stringify({ schema: "annat-register", version: 1 }),
  "invalid": async () => {
    const r = JSON.parse(await GOOD);
    r.entries[1].id = r.entries[0].id;
    r.entries[2].category = "finns-inte";
    return JSON.stringify(r);
  },
};

test("a broken register.json never replaces the last good copy: the returning reader keeps it, with a notice", async ({
  page,
}) => {
  const s = await site("trasig");
  await page.goto(s.url);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  await controlled(page);
  await kept(page);
  const reasons = {
    "cut off halfway": "inte giltig JSON",
    "an HTML error page": "inte giltig JSON (fel på rad 1, kolumn 1)",
    "of another schema": "varken ett samverkansregister eller en ändringsfil",
    "invalid": "Filen register.json har 2 fel och kan inte användas.",
  };
  for (const [how, make] of Object.entries(BROKEN)) {
    await replace(s.dir, "register.json", await make());
    await page.reload();
    await expect(page.locator("#antal"), how).toHaveText("18 av 18 poster");
    const notice = page.locator("#registret-sparat");
    await expect(notice, how).toContainText("Det publicerade registret kunde inte läsas:");
    await expect(notice, how).toContainText(reasons[how]);
    await expect(notice, how).toContainText("uppdaterad 2025-09-11");
    await expect(cpu(page), how).toContainText("VFU-samordnare");
  }
  await accessible(page, "the kept copy's notice");
  // The notice can be dismissed; search works on the kept copy.
  await page.locator("#registret-sparat").getByRole("button", { name: "Stäng" }).click();
  await expect(page.locator("#registret-sparat")).toHaveCount(0);
  await page.locator("#sok").fill("orebro");
  await expect(page.locator("#antal")).toHaveText("1 av 18 poster");
  // Fixed on the server: the next load uses it, with no notice.
  await replace(s.dir, "register.json", await withTitle("rättad"));
  await page.reload();
  await expect(page.locator("#registret-sparat")).toHaveCount(0);
  await expect(cpu(page)).toContainText("Nilla Mälardahl, rättad");
});

// A first visit to a broken register: the page of problems. Plain Playwright, because a missing
// file's 404 is a console error on purpose; page errors (a panic) still fail the test.
plain.describe("a broken register.json on a first visit", () => {
  for (const [how, make] of Object.entries(BROKEN)) {
    plain(`says it could not be read, and why: ${how}`, async ({ page }) => {
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const s = await site("forsta");
      await replace(s.dir, "register.json", await make());
      await page.goto(s.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registret kunde inte läsas");
      await expect(page.locator("main")).toContainText("den här webbläsaren har ingen tidigare kopia");
      await expect(page.getByRole("link", { name: "Försök igen" })).toBeVisible();
      await expect(page.locator("#antal")).toHaveCount(0);
      await expect(page.locator("#forhandsvisning")).toHaveCount(0);
      await accessible(page, `the page for a file ${how}`);
      if (how === "invalid") {
        // The checker's problems, each in words.
        const items = page.locator("ul.problems li");
        await expect(items).toHaveText([
          'poster: id "hogskoleradet" finns flera gånger',
          'post "flemingsberg-science": kategori "finns-inte" finns inte i registret',
        ]);
      }
      expect(errors).toEqual([]);
    });
  }

  plain("in English under lang=en, and a missing file says it is missing", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const s = await site("engelska");
    await replace(s.dir, "register.json", await BROKEN.invalid());
    await page.goto(`${s.url}?lang=en`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The register could not be read");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("ul.problems li").first()).toContainText("occurs more than once");
    await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
    await accessible(page, "the page in English");

    const gone = await site("saknas");
    await (await import("node:fs/promises")).rm(join(gone.dir, "register.json"));
    await page.goto(gone.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registret kunde inte läsas");
    await expect(page.locator("main")).toContainText("Filen register.json finns inte på webbservern (HTTP 404).");
    expect(errors).toEqual([]);
  });
});

test("Publicera gives register.json and index.html; served, they show the edit with and without JavaScript, and the edit settles", async ({
  page,
  browser,
}) => {
  const s = await site("publicera");
  const built = await readFile(join(s.dir, "index.html"), "utf8");
  await editingMode(page);
  await page.goto(`${s.url}?post=cpu`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("publicerad titel");
  await page.getByRole("button", { name: "Spara" }).click();
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, publicerad titel");

  // While the server's register is checked and the files are made, the panel says so.
  await page.evaluate(() => {
    window.__busy = [];
    new MutationObserver(() => {
      const line = document.querySelector(".publish-busy");
      if (line) window.__busy.push(line.textContent);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel).toContainText("med 1 lokal ändring från den här webbläsaren, med 2026-11-28 som datum");
  expect(await page.evaluate(() => window.__busy)).toContain("Kontrollerar registret på servern och skapar filerna …");
  await expect(panel.locator("ol li")).toHaveCount(2);
  await expect(panel.locator("ol li").first()).toContainText("Ladda ner de fyra filerna nedan");
  await expect(page.locator("#publicera-rubrik")).toBeFocused();
  await accessible(page, "the Publicera panel");
  const json = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));
  const html = await downloaded(page, panel.getByRole("button", { name: "Ladda ner index.html" }));
  expect(json.name).toBe("register.json");
  expect(html.name).toBe("index.html");
  const published = JSON.parse(json.text);
  expect(published.version).toBe(3);
  expect(published.source.updated).toBe("2026-11-28");
  expect(published.entries.find((e) => e.id === "cpu").contact.title).toBe("publicerad titel");
  // This build's page: the same scripts, styles and CSP, with the first screen rendered anew.
  const head = (page) => page.slice(0, page.indexOf("<!-- förhandsvisning -->"));
  expect(head(html.text)).toBe(head(built));
  expect(html.text).toContain("Nilla Mälardahl, publicerad titel");
  expect(html.text).toContain("Senast uppdaterad 2026-11-28");

  // IT replaces the two files (the open data are tested below), and that is all.
  await replace(s.dir, "register.json", json.text);
  await replace(s.dir, "index.html", html.text);

  // The coordinator's next load: the edit is published, and settles; no conflict, no local mark.
  await page.goto(s.url);
  await expect(cpu(page)).toContainText("Nilla Mälardahl, publicerad titel");
  await expect(page.locator(".badge.local, .badge.conflict")).toHaveCount(0);
  expect(await storedText(page)).toBeNull();
  await expect(page.locator("footer")).toContainText("Senast uppdaterad 2026-11-28");

  // A reader with JavaScript, and one without.
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const reader = await context.newPage();
    await reader.goto(s.url);
    await expect(cpu(reader), `JavaScript ${javaScriptEnabled}`).toContainText("Nilla Mälardahl, publicerad titel");
    await expect(reader.locator("footer")).toContainText("Senast uppdaterad 2026-11-28");
    await context.close();
  }
});

/** `dcat.rdf` read as XML in the page: whether it parses, and the values the checks need. */
async function readRdf(page, text) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    const about = [...doc.querySelectorAll("*")].map((e) => e.getAttributeNS(RDF, "about")).filter(Boolean);
    const one = (tag) => doc.getElementsByTagName(tag)[0]?.textContent ?? null;
    return {
      parses: doc.getElementsByTagName("parsererror").length === 0,
      about,
      modified: one("dcterms:modified"),
      email: doc.getElementsByTagName("vcard:hasEmail")[0]?.getAttributeNS(RDF, "resource") ?? null,
      licences: doc.getElementsByTagName("dcterms:license").length,
    };
  }, text);
}

test("the build writes the open data beside the register, and Publicera rewrites them", async ({ page, request }) => {
  // Every build: register.csv with the CSV export's columns, dcat.rdf, and the municipality's
  // open-data.json (empty fields), all served as files beside the app.
  const csv = await (await request.get("./register.csv")).text();
  const rdf = await (await request.get("./dcat.rdf")).text();
  const open = await (await request.get("./open-data.json")).json();
  expect(open).toEqual({ url: "", licence: "", contact: { name: "", email: "" }, publisher: "", spatial: "", contact_names: true });
  await open_(page);
  const built = await readRdf(page, rdf);
  expect(built.parses).toBe(true);
  expect(built.about).toContain("dcat.rdf#datamangd");
  expect(built.licences).toBe(0);
  await page.locator(".menu summary").click();
  const [exported] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Vyn som CSV (Excel)" }).click()]);
  const view = await readFile(await exported.path(), "utf8");
  // The open data have the Excel export's columns and rows, as plain CSV for any program: commas,
  // no BOM, and ISO dates as they are where the export for Excel guards them (="2024-04").
  const lines = csv.split("\r\n");
  expect(lines).toHaveLength(view.split("\r\n").length);
  expect(csv.startsWith("Namn,Kategori,Akademier,")).toBe(true);
  expect(view.startsWith("\ufeffNamn;Kategori;Akademier;")).toBe(true);
  expect(csv).not.toContain('="');
  expect(view).toContain(';"=""2024-04""";');
  expect(lines.find((l) => l.endsWith(",gu-uttc"))).toContain(",2024-04,");

  // Publicera on a site whose open-data.json IT has filled in.
  const s = await site("oppna-data");
  await replace(
    s.dir,
    "open-data.json",
    JSON.stringify({ url: "https://www.example.se/samverkan/", licence: "http://creativecommons.org/publicdomain/zero/1.0/", contact: { name: "", email: "samverkan@example.se" }, publisher: "" }),
  );
  await editingMode(page);
  await page.goto(`${s.url}?post=cpu`);
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("publicerad titel");
  await page.getByRole("button", { name: "Spara" }).click();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel.locator(".publish-files button")).toHaveText([
    "Ladda ner register.json",
    "Ladda ner index.html",
    "Ladda ner register.csv",
    "Ladda ner dcat.rdf",
  ]);
  const newCsv = await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.csv" }));
  expect(newCsv.name).toBe("register.csv");
  expect(newCsv.text).toContain("Nilla Mälardahl,publicerad titel");
  const newRdf = await downloaded(page, panel.getByRole("button", { name: "Ladda ner dcat.rdf" }));
  expect(newRdf.name).toBe("dcat.rdf");
  const read = await readRdf(page, newRdf.text);
  expect(read.parses).toBe(true);
  expect(read.about).toContain("https://www.example.se/samverkan/dcat.rdf#datamangd");
  expect(read.about.every((a) => a.startsWith("https://www.example.se/samverkan/"))).toBe(true);
  expect(read.modified).toBe("2026-11-28");
  expect(read.email).toBe("mailto:samverkan@example.se");
  expect(read.licences).toBe(3);

  // A broken open-data.json is said, and the other files can still be had; without an address
  // in it, the addresses are where the app runs. (The files are made when the panel opens.)
  const reopen = async () => {
    await panel.getByRole("button", { name: "Stäng" }).click();
    await page.getByRole("button", { name: "Publicera …" }).click();
    await expect(panel.locator(".publish-files button")).toHaveCount(4);
  };
  await replace(s.dir, "open-data.json", "{ inte json");
  await reopen();
  await downloaded(page, panel.getByRole("button", { name: "Ladda ner register.json" }));
  await panel.getByRole("button", { name: "Ladda ner dcat.rdf" }).click();
  await expect(panel.getByRole("alert")).toContainText("index.html, register.csv och dcat.rdf kan inte skrivas: open-data.json på webbservern går inte att använda");
  // Without a public address in open-data.json, Publicera asks before it writes the address it
  // happens to run at (a test server, 127.0.0.1): that one, or addresses relative to the file.
  await replace(s.dir, "open-data.json", "{}");
  await reopen();
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await panel.getByRole("button", { name: "Ladda ner dcat.rdf" }).click();
  const question = panel.getByRole("group", { name: /anger ingen publik adress/ });
  await expect(question).toContainText(`Ska dcat.rdf peka på adressen du använder nu, ${s.url}?`);
  await expect(page.locator("#publicera-adress")).toBeFocused();
  expect(downloads).toBe(0);
  await accessible(page, "Publicera asking which address dcat.rdf gives");
  const here = await readRdf(page, (await downloaded(page, question.getByRole("button", { name: `Använd ${s.url}` }))).text);
  expect(here.about).toContain(`${s.url}dcat.rdf#datamangd`);
  await expect(question).toHaveCount(0);
  await panel.getByRole("button", { name: "Ladda ner dcat.rdf" }).click();
  const relative = await readRdf(page, (await downloaded(page, question.getByRole("button", { name: "Utgå från filen själv" }))).text);
  expect(relative.parses).toBe(true);
  expect(relative.about).toContain("dcat.rdf#datamangd");
  expect(relative.about.some((a) => a.startsWith("http"))).toBe(false);
  await expect(panel.getByRole("alert")).toHaveCount(0);
});

test("Publicera refuses a register with errors and lists them", async ({ page }) => {
  await editingMode(page);
  // Stored edits that give an unsound register (another app on the origin, or an older version,
  // could leave such data): an entry whose category does not exist.
  await page.goto("./?post=cpu");
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("ok");
  await page.getByRole("button", { name: "Spara" }).click();
  // The save's write starts a moment after the click: wait until it is stored.
  await expect.poll(() => storedText(page)).not.toBeNull();
  const stored = JSON.parse(await storedText(page));
  stored.edits[0].entry.category = "finns-inte";
  await page.evaluate((s) => localStorage.setItem("samverkansregistret.andringar.v1", s), JSON.stringify(stored));
  await page.reload();
  await page.getByRole("button", { name: "Publicera …" }).click();
  const panel = page.getByRole("region", { name: "Publicera registret" });
  await expect(panel).toContainText("Registret har fel och kan inte publiceras.");
  await expect(panel.locator("ul.problems li")).toHaveText(['post "cpu": kategori "finns-inte" finns inte i registret']);
  await expect(panel.getByRole("button", { name: "Ladda ner register.json" })).toHaveCount(0);
  await accessible(page, "Publicera refusing");
});

test("Rensa lokala ändringar asks first, offers an export, and removes every local edit", async ({ page }) => {
  await page.goto("./?post=cpu");
  await expect(page.locator("article.detail")).toBeVisible();
  // Readers see neither control.
  await expect(page.locator("#publicera, #rensa-lokala")).toHaveCount(0);
  await page.getByRole("button", { name: "Redigera registret" }).click();
  await expect(page.getByRole("button", { name: "Rensa lokala ändringar" })).toBeDisabled();
  await page.getByRole("button", { name: "Redigera", exact: true }).click();
  await page.getByLabel("Titel").fill("ska bort");
  await page.getByRole("button", { name: "Spara" }).click();

  const clear = page.getByRole("button", { name: "Rensa lokala ändringar" });
  await clear.click();
  const question = page.locator("#rensa-fraga");
  await expect(question).toBeFocused();
  await expect(question).toHaveText(
    "1 lokal ändring tas bort från den här webbläsaren, och det går inte att ångra. Exportera dem först om du vill spara dem.",
  );
  await accessible(page, "the question before clearing");
  // Avbryt keeps everything.
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.locator("article.detail")).toContainText("ska bort");
  await clear.click();
  const exported = await downloaded(page, page.getByRole("button", { name: "Exportera ändringar" }));
  expect(JSON.parse(exported.text).edits.map((e) => e.id)).toEqual(["cpu"]);
  await page.getByRole("button", { name: "Rensa", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "De lokala ändringarna är borttagna." })).toBeVisible();
  await expect(page.locator("article.detail")).toContainText("Nilla Mälardahl, VFU-samordnare");
  expect(await storedText(page)).toBeNull();
  await expect(clear).toBeDisabled();
  // Focus moves to what was said, since the button it was on is now disabled.
  await expect(page.locator("#bekraftelse")).toBeFocused();
});
