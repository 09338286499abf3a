// Shared set-up for every browser test: a fixed "today", and after each test the checks that
// hold everywhere: no console errors, no uncaught exceptions (a Rust panic shows up as one),
// and no request leaving the app's own origin.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { APACHE_PORT, NGINX_PORT, PY_PORT } from "./playwright.config.js";

export const TODAY = "2026-11-28T12:00:00";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    // Our two test servers; a page's own resources must come from that page's origin.
    const servers = [new URL(baseURL).origin, `http://127.0.0.1:${PY_PORT}`, `http://127.0.0.1:${NGINX_PORT}`, `http://127.0.0.1:${APACHE_PORT}`];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      const frame = r.frame()?.url() ?? "";
      const allowed =
        r.isNavigationRequest() || !frame.startsWith("http") ? servers : [new URL(frame).origin];
      if (!allowed.includes(new URL(url).origin)) problems.push(`request off origin: ${url}`);
    });
    // Any Content-Security-Policy violation fails the test (Chromium also logs them as errors).
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.clock.setFixedTime(new Date(TODAY));
    await use(page);
    expect(problems, "console errors, page errors or off-origin requests").toEqual([]);
  },
});

export { expect };

/** The storage key that keeps editing mode ("Redigera registret") on in this browser. */
export const EDIT_MODE_KEY = "samverkansregistret.redigera";

/** Opens every page of this test in editing mode, as a coordinator who turned it on earlier.
 * Tests whose subject is editing use it; `edits.spec.js` tests the toggle itself. */
export async function editingMode(page) {
  await page.addInitScript((k) => {
    try {
      localStorage.setItem(k, "1");
    } catch {
      // Storage off: the test turns editing mode on with the toggle.
    }
  }, EDIT_MODE_KEY);
}

/** Waits until the service worker controls the page: it has cached the build, and the page's own
 * late requests (favicon, the worker's script) go through it. Go offline only after this, as a
 * reader who has visited before would; before it, those requests race the cut-off network. */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
}

/** Where the app keeps local edits. */
export const EDITS_KEY = "samverkansregistret.andringar.v1";

/** Where the app keeps local edits in IndexedDB: database, store, key. */
export const EDITS_DB = ["samverkansregistret", "andringar", "v1"];

/** The stored edits as text (or null), read once the app's writes so far are done: the app
 * writes them in read-write transactions on the store, and this read-write transaction waits
 * its turn behind them. Where the app has made no database (a browser without IndexedDB), the
 * edits are in localStorage. */
export async function storedText(page) {
  return page.evaluate(async ([k, [name, store, key]]) => {
    const known = (await indexedDB.databases()).some((d) => d.name === name);
    if (!known) return localStorage.getItem(k);
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains(store)) return localStorage.getItem(k);
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(store, "readwrite");
        const r = tx.objectStore(store).get(key);
        tx.oncomplete = () => resolve(r.result ?? null);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, [EDITS_KEY, EDITS_DB]);
}

/** Puts `text` where the app keeps its edits (IndexedDB), as a damaged or planted value would be.
 * Call it on a page of the app's origin. */
export async function plantStored(page, text) {
  await page.evaluate(async ([text, [name, store, key]]) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(name);
      // No database yet (a reader who has not edited): made as the app makes it.
      r.onupgradeneeded = () => r.result.createObjectStore(store);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(store, "readwrite");
      tx.objectStore(store).put(text, key);
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  }, [text, EDITS_DB]);
}

/** The damaged texts the app has set aside in IndexedDB, by key. */
export async function storedBackups(page) {
  return page.evaluate(async ([name, store]) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      const all = (request) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const s = db.transaction(store).objectStore(store);
      const [keys, values] = await Promise.all([all(s.getAllKeys()), all(s.getAll())]);
      return Object.fromEntries(keys.map((k, i) => [k, values[i]]).filter(([k]) => k.startsWith("trasig.")));
    } finally {
      db.close();
    }
  }, EDITS_DB);
}

/** The keys under which the app has set damaged stored edits aside. */
export async function backupKeys(page) {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("samverkansregistret.andringar.trasig.")),
  );
}

/** Holds the app's wasm back until the returned function is called, so the pre-rendered first
 * screen (or a link's progress) stays on the page meanwhile. */
export async function holdApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/*_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The ids of the listed entries, in order. */
export async function listedIds(page) {
  return page.locator("li.entry").evaluateAll((els) => els.map((e) => e.dataset.id));
}

/** Opens a query string on the app's page (relative to the sub-path) and waits for the app. */
export async function open(page, query = "") {
  await page.goto(query ? `./${query}` : "./");
  await expect(page.locator("#antal")).toBeVisible();
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, in a form that reads well in a
 * failure. */
export async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
  }));
  // Not in axe's WCAG 2.1 set any more, but a shared id breaks a label's `for` (a form's
  // "Kategori" lost its name to a list that took the same id once).
  const shared = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => `#${id}`);
  });
  if (shared.length > 0) found.push({ rule: "duplicate-id", help: "Ids must be unique", nodes: shared });
  return found;
}

/** No violation in light or dark mode. */
export async function accessible(page, what) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await violations(page), `${what}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}
