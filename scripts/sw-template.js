// Samverkansregistret's service worker. Generated at build time by scripts/post-build.mjs from
// scripts/sw-template.js: the file list and version below are this build's. Do not edit dist/sw.js.
//
// Code and data are treated differently:
// - Code (this build's HTML, JS, wasm, CSS, icons) is precached at install and served from the
//   cache; every navigation, whatever its query string (?forvaltning=gaf&vy=relation), gets the
//   cached page, so links work offline. A new build installs beside the old one and waits. The
//   page offers "Ny version finns – ladda om"; only then does it take over (skipWaiting) and the
//   old cache go, so one page never mixes two versions. Local edits live in localStorage.
// - Data (register.json, replaced on the server without a new build) is fetched from the network
//   first, revalidated against the HTTP cache, and falls back to the last good copy when offline
//   or when the network is slower than REGISTER_TIMEOUT_MS. A copy it answers with carries the
//   header x-samverkan-kopia: 1, so the page knows it is not the live register. A network body
//   that stops for STALL_MS is ended with an error (the page then reads the last good copy
//   itself, src/source.rs), never left hanging. "Good" is the app's word: the page
//   validates what it fetched and only then stores it in DATA_CACHE (src/source.rs); this
//   worker never stores a register it has not been told is sound.
// - The open data beside it (register.csv, dcat.rdf, open-data.json) are not precached: they
//   change with a publication, and come from the network as they are.
// - A publication also replaces index.html, whose pre-rendered first screen shows the register.
//   The cached page is refreshed in the background after each navigation, but only with a page
//   of this same build (it loads BOOT), so the next load paints the new register at once.
const VERSION = "__VERSION__";
const CACHE = `samverkansregistret-${VERSION}`;
const DATA_CACHE = "samverkansregistret-data";
const FILES = __FILES__;
const BOOT = "__BOOT__";
const REGISTER_TIMEOUT_MS = 3000;
const STALL_MS = 10000;

const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", ...FILES])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("samverkansregistret-") && key !== CACHE && key !== DATA_CACHE) await caches.delete(key);
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
        timer = setTimeout(() => controller.error(new Error("register.json stalled")), STALL_MS);
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
  const good = await (await caches.open(DATA_CACHE)).match(scoped("register.json"));
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

/** The cached page of this build, refreshed from the network when the server has a newer one. */
async function refreshPage() {
  try {
    const response = await fetch(scoped("./"), { cache: "no-cache" });
    if (!response.ok) return;
    const html = await response.clone().text();
    if (html.includes(`src="${BOOT}"`)) await (await caches.open(CACHE)).put(scoped("./"), response);
  } catch {
    // Offline: the cached page stays.
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.href === scoped("register.json")) {
    event.respondWith(register(request));
    return;
  }
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const navigate = request.mode === "navigate";
      const cached = await cache.match(navigate ? "./" : request);
      if (navigate) event.waitUntil(refreshPage());
      return cached ?? fetch(request);
    })(),
  );
});
