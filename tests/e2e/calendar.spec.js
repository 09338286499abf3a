// "Lägg i kalender": the ends of the chosen entries, and a renewal reminder six months before,
// as an iCalendar file. Each file is read with ical.js, a real RFC 5545 parser, as a calendar
// program would, besides the octet-level rules (CRLF, lines of at most 75 octets).
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { test, expect, open, controlled, violations } from "./fixtures.js";

/** Clicks `button`, and returns the downloaded file's name, its text and its events as ical.js
 * reads them. */
async function calendarFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const text = await readFile(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((c) => {
    const e = new ICAL.Event(c);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      url: c.getFirstPropertyValue("url"),
      stamp: c.getFirstPropertyValue("dtstamp")?.toString(),
      alarms: c.getAllSubcomponents("valarm").map((a) => ({
        action: a.getFirstPropertyValue("action"),
        trigger: a.getFirstPropertyValue("trigger")?.toString(),
        description: a.getFirstPropertyValue("description"),
      })),
    };
  });
  return { name: download.suggestedFilename(), text, calendar, events };
}

/** The octet-level rules: CRLF after every line, none longer than 75 octets. */
function expectWellFormed(text) {
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
}

test("the list's Lägg i kalender exports every end and renewal, and names the entries without an end", async ({ page }) => {
  await open(page);
  await expect(page.locator("#antal")).toHaveText("18 av 18 poster");
  const file = await calendarFrom(page, page.locator("#kalender"));
  expect(file.name).toBe("samverkansregistret-kalender-2026-11-28.ics");
  expectWellFormed(file.text);
  expect(file.calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(file.calendar.getFirstPropertyValue("prodid")).toContain("Samverkansregistret");
  // Seven of the memo's entries have an end: the end of each, all-day, with unique UIDs, and a
  // renewal reminder for the five that have not ended (on 28 November 2026).
  expect(file.events).toHaveLength(12);
  expect(new Set(file.events.map((e) => e.uid)).size).toBe(12);
  expect(file.events.every((e) => e.allDay)).toBe(true);
  expect(file.events.filter((e) => e.summary.startsWith("Slutar: "))).toHaveLength(7);
  // Each one rings: a display alarm at 09:00 the day before, saying what the event says.
  for (const e of file.events) {
    expect(e.alarms, e.summary).toEqual([{ action: "DISPLAY", trigger: "-PT15H", description: e.summary }]);
  }
  // DTSTAMP is the moment of the download in UTC (the test's clock is fixed on 28 November).
  expect(file.events.every((e) => /^2026-11-28T\d\d:00:00Z$/.test(e.stamp))).toBe(true);
  // The agreement with Södertörns högskola runs 2025–2027: it ends on the last day of 2027, and
  // the renewal comes six months before.
  const ends = file.events.find((e) => e.summary === "Slutar: ULF-avtal med Södertörns högskola");
  expect(ends).toMatchObject({ start: "2027-12-31", end: "2028-01-01" });
  expect(ends.uid).toMatch(/^slut-20271231-ulf-sh@/);
  const base = new URL("./", page.url()).href;
  expect(ends.url).toBe(`${base}?post=ulf-sh`);
  expect(ends.description).toContain("Ansvarig förvaltning: Gymnasie- och arbetsmarknadsförvaltningen (GAF)");
  expect(ends.description).toContain("Kontaktperson: Pia Hasselrot, utvecklingsledare");
  expect(ends.description).toContain("Giltighetstid: 2025–2027");
  expect(ends.description).toContain(`${base}?post=ulf-sh`);
  const renew = file.events.find((e) => e.summary === "Dags att förnya: ULF-avtal med Södertörns högskola");
  expect(renew).toMatchObject({ start: "2027-06-30", end: "2027-07-01" });
  // The reader is told what the file holds, and which entries are not in it: ten by name, with
  // links, and the rest counted.
  const status = page.locator(".calendar-status");
  await expect(status).toContainText("Kalenderfilen har hämtats: 12 händelser för 7 poster.");
  // Three agreements end on 31 December 2026: six months before has passed, so their reminder is
  // the next working day after the download (Monday 30 November), and they are named.
  await expect(status).toContainText(
    "3 poster är redan inom sex månader före sitt slut, så påminnelsen om att förnya ligger nästa arbetsdag:",
  );
  await expect(status.locator(".calendar-inside a")).toHaveText([
    "ULF-avtal med Stockholms konstnärliga högskola",
    "ULF-avtal med Konstfack",
    "Avtal med Malmö Universitet / FYS, Forskarskolan för yrkesverksamma",
  ]);
  const late = file.events.find((e) => e.summary === "Dags att förnya: ULF-avtal med Konstfack");
  expect(late).toMatchObject({ start: "2026-11-30", end: "2026-12-01" });
  expect(file.events.some((e) => e.summary.startsWith("Dags att förnya: Scenkonstresidens"))).toBe(false);
  await expect(status).toContainText("11 poster saknar slutdatum och finns inte i filen:");
  await expect(status.locator(".calendar-without a")).toHaveCount(10);
  await expect(status.locator(".calendar-without")).toContainText("… och 1 till");
  await expect(status.getByRole("link", { name: "Gymnasierådet" })).toHaveAttribute("href", /post=gymnasieradet/);
  expect(await violations(page)).toEqual([]);
  // Importing again gives the same UIDs, so a calendar updates its events instead of adding more.
  const again = await calendarFrom(page, page.locator("#kalender"));
  expect(again.events.map((e) => e.uid)).toEqual(file.events.map((e) => e.uid));
});

test("the file follows the selection, and a selection without any end says so and downloads nothing", async ({ page }) => {
  await open(page, "?q=ulf");
  const file = await calendarFrom(page, page.locator("#kalender"));
  expect(file.events.map((e) => e.summary).sort()).toEqual(
    [
      "Dags att förnya: ULF-avtal med Konstfack",
      "Dags att förnya: ULF-avtal med Stockholms konstnärliga högskola",
      "Dags att förnya: ULF-avtal med Södertörns högskola",
      "Slutar: ULF-avtal med Konstfack",
      "Slutar: ULF-avtal med Stockholms konstnärliga högskola",
      "Slutar: ULF-avtal med Södertörns högskola",
    ].sort(),
  );
  await expect(page.locator(".calendar-status .calendar-without")).toHaveCount(0);
  // Forums have no end in the memo.
  await open(page, "?kategori=forum");
  let downloads = 0;
  page.on("download", () => (downloads += 1));
  await page.locator("#kalender").click();
  await expect(page.locator(".calendar-status")).toHaveText(
    "Ingen av posterna har ett slutdatum, så det finns inget att lägga i kalendern.",
  );
  expect(downloads).toBe(0);
  // The report goes with the view it was about.
  await page.locator("#sok").fill("råd");
  await expect(page.locator(".calendar-status")).toBeEmpty();
});

test("with an entry open, the toolbar's button exports that entry; one until further notice has nothing to export", async ({ page }) => {
  await open(page, "?post=mau-fys");
  const file = await calendarFrom(page, page.locator("#kalender"));
  expect(file.events).toHaveLength(2);
  expect(file.events.map((e) => e.start).sort()).toEqual(["2026-11-30", "2026-12-31"]);
  await expect(page.locator(".content > .calendar-status")).toContainText("2 händelser för 1 post");
  // The entry has no second button of its own.
  await expect(page.locator("article.detail button", { hasText: "Lägg i kalender" })).toHaveCount(0);
  await open(page, "?post=cpu");
  await expect(page.locator("article.detail h2")).toBeVisible();
  await page.locator("#kalender").click();
  await expect(page.locator(".content > .calendar-status")).toHaveText(
    "Ingen av posterna har ett slutdatum, så det finns inget att lägga i kalendern.",
  );
});

test("the Löper ut panel exports what it lists", async ({ page }) => {
  await open(page, "?vy=tidslinje");
  const listed = await page.locator("#loper-ut li[data-id]").evaluateAll((els) => els.map((e) => e.dataset.id));
  expect(listed.length).toBeGreaterThan(0);
  const file = await calendarFrom(page, page.locator("#kalender-loper-ut"));
  expect(file.events).toHaveLength(listed.length * 2);
  const ids = new Set(file.events.map((e) => e.uid.replace(/^(slut|fornya)-\d{8}-/, "").replace(/@.*$/, "")));
  expect([...ids].sort()).toEqual([...listed].sort());
  expect(await violations(page)).toEqual([]);
});

test("in English the events and the report are worded in English; the names stay as written", async ({ page }) => {
  await open(page, "?post=ulf-sh&lang=en");
  await expect(page.locator("#kalender")).toHaveText("Add to calendar");
  const file = await calendarFrom(page, page.locator("#kalender"));
  expect(file.events.map((e) => e.summary).sort()).toEqual([
    "Ends: ULF-avtal med Södertörns högskola",
    "Time to renew: ULF-avtal med Södertörns högskola",
  ]);
  expect(file.events[0].url).toMatch(/\?post=ulf-sh&lang=en$/);
  expect(file.events[0].description).toContain("Responsible department: Upper Secondary Education and Labour Market Department (GAF)");
  await expect(page.locator(".content > .calendar-status")).toHaveText("The calendar file has been downloaded: 2 events for 1 entry.");
});

test("the calendar file is made in the browser: it works offline", async ({ page, context }) => {
  await open(page);
  await controlled(page);
  await context.setOffline(true);
  await open(page, "?kategori=ulf");
  const file = await calendarFrom(page, page.locator("#kalender"));
  expect(file.events).toHaveLength(6);
  await context.setOffline(false);
});
