// Samverkansregistret's service worker. Generated at build time by scripts/post-build.mjs from
// scripts/sw-template.js: the file list and version below are this build's. Do not edit dist/sw.js.
//
// Code and data are treated differently:
// - Code (this build's HTML, JS, wasm, CSS, icons) is precached at install and served from the
//   cache. A navigation to the app's own page, whatever its query string
//   (?forvaltning=gaf&vy=relation), asks the network first for PAGE_TIMEOUT_MS (a publication
//   replaces index.html, whose first screen shows the register) and otherwise gets the cached
//   page, so links work offline. Only a page of this same build (it loads BOOT) is used or kept.
//   A new build installs beside the old one and waits. The page offers "Ny version finns – ladda
//   om"; only then does it take over (skipWaiting) and the old cache go, so one page never mixes
//   two versions. Local edits live in IndexedDB, not here.
// - Any other navigation in the scope (register.csv, dcat.rdf, open-data.json, a file IT put
//   beside the app) goes to the network as it is; offline, to a cached copy where one exists.
// - Data (register.json, replaced on the server without a new build) is fetched from the network
//   first, revalidated against the HTTP cache, and falls back to the last good copy when offline
//   or when the network is slower than REGISTER_TIMEOUT_MS. A copy it answers with carries the
//   header x-samverkan-kopia: 1, so the page knows it is not the live register. A network body
//   that stops for STALL_MS is ended with an error (the page then reads the last good copy
//   itself, src/browser/source.rs), never left hanging. "Good" is the app's word: the page
//   validates what it fetched and only then stores it in DATA_CACHE (src/browser/source.rs); this
//   worker never stores a register it has not been told is sound.
// - The open data beside it (register.csv, dcat.rdf, open-data.json) are not precached: they
//   change with a publication, and come from the network as they are.
const VERSION = "__VERSION__";
// The names shared with the app are the core's (crates/core/src/shared.rs), written in by
// scripts/post-build.mjs like the version and the files.
const CACHE_PREFIX = __CACHE_PREFIX__;
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const DATA_CACHE = __DATA_CACHE__;
const REGISTER_FILE = __REGISTER_FILE__;
const FILES = __FILES__;
const BOOT = "__BOOT__";
const REGISTER_TIMEOUT_MS = 3000;
const PAGE_TIMEOUT_MS = 2000;
const STALL_MS = 10000;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", ...FILES])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && key !== CACHE && key !== DATA_CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

/** The network's answer with its body watched: STALL_MS without a piece and the body errors. */
function watched(response) {
  if (!response.body || typeof TransformStream !== "function") return response;
  let timer = 0;
  const stall = new TransformStream({
    start(controller) {
      this.arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.error(new Error(`${REGISTER_FILE} stalled`)), STALL_MS);
      };
      this.arm();
    },
    transform(chunk, controller) {
      this.arm();
      controller.enqueue(chunk);
    },
    flush() {
      clearTimeout(timer);
    },
  });
  return new Response(response.body.pipeThrough(stall), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The last good copy, marked as such for the page. */
function marked(good) {
  const headers = new Headers(good.headers);
  headers.set("x-samverkan-kopia", "1");
  return new Response(good.body, { status: good.status, statusText: good.statusText, headers });
}

/** Network first, revalidating; the last good copy if the network fails or is too slow. */
async function register(request) {
  const network = fetch(request, { cache: "no-cache" }).then(watched);
  const good = await (await caches.open(DATA_CACHE)).match(scoped(REGISTER_FILE));
  if (!good) return network;
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve(null), REGISTER_TIMEOUT_MS)));
  try {
    const answer = await Promise.race([network.catch(() => null), late]);
    return answer ?? marked(good);
  } finally {
    clearTimeout(timer);
  }
}

/** The app's own page: the scope itself or its index.html, with any query. */
function appPage(url) {
  const page = new URL(url);
  page.search = "";
  page.hash = "";
  return page.href === scoped("./") || page.href === scoped("index.html");
}

/** The server's page if it is this build's (and kept for offline), else nothing. */
async function networkPage() {
  try {
    const response = await fetch(scoped("./"), { cache: "no-cache" });
    if (!response.ok) return null;
    const html = await response.clone().text();
    if (!html.includes(`src="${BOOT}"`)) return null;
    await (await caches.open(CACHE)).put(scoped("./"), response.clone());
    return response;
  } catch {
    return null; // offline
  }
}

/** Network first for PAGE_TIMEOUT_MS, so the first paint after a publication is the new
 * register's; then the cached page (the network's answer, when it comes, is kept for next time). */
async function page(event) {
  const network = networkPage();
  const late = new Promise((resolve) => setTimeout(() => resolve(null), PAGE_TIMEOUT_MS));
  const first = await Promise.race([network, late]);
  if (first) return first;
  event.waitUntil(network);
  const cached = await (await caches.open(CACHE)).match("./");
  return cached ?? (await network) ?? Response.error();
}

/** Another file in the scope, opened as a page: the network's answer, or offline a cached copy. */
async function file(request) {
  try {
    return await fetch(request);
  } catch (e) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw e;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.href === scoped(REGISTER_FILE)) {
    event.respondWith(register(request));
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(appPage(url) ? page(event) : file(request));
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await (await caches.open(CACHE)).match(request);
      return cached ?? fetch(request);
    })(),
  );
});
