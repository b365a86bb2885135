// Service worker: after a first visit the site keeps working without signal.
// The build (tools/post-build.mjs) writes it as sw.js with this build's version
// and files filled in; a new deploy therefore changes this file, the browser
// installs it beside the old one, and it takes over with its own cache, so old
// and new files are never mixed.
//
// - Pages (navigations): the network first; offline, the saved app page
//   (index.html, not a page built in advance for one route), which then shows
//   whichever route was asked for.
// - The start script, which names the build's files: the network first, like
//   pages, so after a deploy the new page never starts the old build's files.
// - This build's hashed JavaScript, WebAssembly and CSS: from this version's
//   cache; they never change under a name.
// - Content: the network first, so edits show as soon as there is signal;
//   offline, the saved copy, and the page is told so it can say the
//   information may be out of date.
const VERSION = "__OCC_VERSION__";
const BUILD_FILES = __OCC_BUILD_FILES__;
const CONTENT_FILES = __OCC_CONTENT_FILES__;
const CACHE = `occ-${VERSION}`;
const SHELL = "index.html";
const START_SCRIPT = "occ-start.js";

const url = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The HTTP cache may answer: hashed files never change under a name (so
      // the first visit's copies are reused, not downloaded again), and the
      // page, start script and content are sent `no-cache`, so they are
      // revalidated and never old.
      await cache.addAll([SHELL, ...BUILD_FILES, ...CONTENT_FILES].map(url));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("occ-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function tellPage(clientId, file) {
  const client = clientId && (await self.clients.get(clientId));
  if (client) client.postMessage({ type: "occ-offline-copy", file });
}

async function networkFirst(request, fallbackKey, clientId) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.method === "GET" && !fallbackKey) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const saved = await cache.match(fallbackKey || request, { ignoreSearch: !!fallbackKey });
    if (!saved) throw error;
    if (!fallbackKey) await tellPage(clientId, new URL(request.url).pathname);
    return saved;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, url(SHELL), null));
    return;
  }
  const path = new URL(request.url).pathname;
  if (path === new URL(url(START_SCRIPT)).pathname) {
    event.respondWith(networkFirst(request, null, null));
    return;
  }
  if (CONTENT_FILES.some((p) => new URL(url(p)).pathname === path)) {
    event.respondWith(networkFirst(request, null, event.clientId || event.resultingClientId));
    return;
  }
  if (BUILD_FILES.some((p) => new URL(url(p)).pathname === path)) {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((saved) => saved || fetch(request)));
  }
});
