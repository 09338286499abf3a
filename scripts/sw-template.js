// Samverkansregistret's service worker. Generated at build time by scripts/post-build.mjs from
// scripts/sw-template.js: the file list and version below are this build's. Do not edit dist/sw.js.
//
// - install: precache exactly this build's files (and the page itself, "./").
// - fetch: same-origin GETs from the cache first; every navigation, whatever its query string
//   (?forvaltning=gaf&vy=relation), gets the cached page, so links work offline.
// - update: a new build installs beside the old one and waits. The page offers
//   "Ny version finns – ladda om"; only then does it take over (skipWaiting) and the old cache go,
//   so one page never mixes two versions. Local edits live in localStorage and are untouched.
const VERSION = "__VERSION__";
const CACHE = `samverkansregistret-${VERSION}`;
const FILES = __FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(["./", ...FILES])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("samverkansregistret-") && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request.mode === "navigate" ? "./" : request);
      return cached ?? fetch(request);
    })(),
  );
});
