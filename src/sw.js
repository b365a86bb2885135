// Service worker: after a first visit the site keeps working without signal.
// The build (tools/post-build.mjs) writes it as sw.js with this build's version
// and files filled in; a new deploy therefore changes this file, the browser
// installs it beside the old one, and it takes over with its own cache, so old
// and new files are never mixed.
//
// - Pages (navigations): the network first, each of this build's pages built
//   in advance saved as it is fetched (one that names this build,
//   data-occ-build: never another's page at the address, a load balancer's
//   or a portal's, and never the app page that answers any other route's
//   address, made-up ones included, which is saved once as index.html);
//   offline, the saved copy of that page, else the saved app
//   page (index.html), which shows whichever route was asked for if this
//   device has the app's files, and says plainly that the page has not loaded
//   if not. A page with a query gets the saved copy of its path's page, as
//   the server sends it; no page with a query is saved (quiz answers are in
//   the fragment, which never reaches the worker).
// - "The network first" gives up on the network after NETWORK_WAIT_MS, or on a
//   server error (5xx), when a saved copy exists: weak signal or a failing
//   server never leaves a page hanging or broken that this device could show.
// - The start script, which names the build's files: the network first, like
//   pages, so after a deploy the new page never starts the old build's files.
// - This build's hashed JavaScript, WebAssembly and CSS: from this version's
//   cache; they never change under a name. Only the stylesheet is saved when
//   the worker installs: a program is saved the first time a page uses it, so
//   a visitor to pages that need none downloads none.
// - Content: the network first, so edits show as soon as there is signal;
//   offline, the saved copy, and the page is told so it can say the
//   information may be out of date.
//
// To turn offline use off for everyone who has it, see docs/deploying.md ("Offline
// use: the kill switch"): a sw.js that removes itself replaces this one.
const VERSION = "__OCC_VERSION__";
// The names it shares with the app in ATTR and EVENT below
// (src/domain/contract.rs) are put in as their values by the build.
const BUILD_FILES = __OCC_BUILD_FILES__;
const CONTENT_FILES = __OCC_CONTENT_FILES__;
// The island programs' files (src/bin/) and the rest of the start-up
// (src/occ-later.js): hashed too, saved as pages use them.
const PROGRAM_FILES = __OCC_PROGRAM_FILES__;
const CACHE = `occ-${VERSION}`;
const SHELL = "index.html";
const START_SCRIPT = "occ-start.js";
const NETWORK_WAIT_MS = 4000;
// The hashed files; the app page and the start script must name each of them.
const HASHED = BUILD_FILES.filter((name) => name !== START_SCRIPT);

const url = (path) => new URL(path, self.registration.scope).href;

// A page built in advance by this build (tools/built-page.mjs).
const BUILT_MARK = `${ATTR.BUILD}="${VERSION}"`;
const thisBuildsPage = async (response) => (await response.text()).includes(BUILT_MARK);

// What a good answer for a path is: this site's own (not redirected, which
// is how a captive portal on hotel, hospital or prison Wi-Fi answers), ok,
// and of the type the path's file has. Anything else is never saved, so it
// never replaces a good copy, and where a copy exists the copy is used.
const TYPES = [[/\.json$/, /^application\/([a-z.+-]+\+)?json$/], [/\.js$/, /^(text|application)\/javascript$/], [/\.wasm$/, /^application\/wasm$/], [/\.css$/, /^text\/css$/]];
function good(response, path) {
  if (!response || !response.ok || response.redirected || response.type !== "basic") return false;
  const type = (response.headers.get("content-type") || "").split(";")[0].trim().toLowerCase();
  const expected = TYPES.find(([file]) => file.test(path));
  return (expected ? expected[1] : /^text\/html$/).test(type);
}

// The app page or start script, if it names this build's files. A deploy that
// is half copied (a new sw.js beside an old page) fails the install, so the
// worker already installed, and its whole saved copy, stays.
async function fetchNamingThisBuild(path, names) {
  const response = await fetch(url(path));
  if (!good(response, path)) throw new Error(`${path} answered ${response.status} ${response.headers.get("content-type")}${response.redirected ? ", redirected" : ""}`);
  const text = await response.clone().text();
  const missing = names.filter((name) => !text.includes(name));
  if (missing.length) throw new Error(`${path} does not name this build's ${missing.join(", ")}`);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // The start script also names the programs.
      const [shell, start] = await Promise.all([
        fetchNamingThisBuild(SHELL, HASHED),
        fetchNamingThisBuild(START_SCRIPT, [...HASHED, ...PROGRAM_FILES]),
      ]);
      const cache = await caches.open(CACHE);
      // The HTTP cache may answer: hashed files never change under a name (so
      // the first visit's copy is reused, not downloaded again), and the page
      // and start script are sent `no-cache`, so they are revalidated and
      // never old. Programs and content are saved as pages use them.
      await cache.addAll(HASHED.filter((name) => name.endsWith(".css")).map(url));
      await cache.put(url(SHELL), shell);
      await cache.put(url(START_SCRIPT), start);
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

// The page that asked, once it exists: a page being opened (a navigation)
// becomes a client only after its answer has started to arrive.
async function tellPage(clientId, file) {
  for (let tries = 0; clientId && tries < 50; tries++) {
    const client = await self.clients.get(clientId);
    if (client) {
      client.postMessage({ type: EVENT.OFFLINE_COPY, file });
      return;
    }
    await wait(100);
  }
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The network's answer, unless it fails, is a server error, or takes longer
// than NETWORK_WAIT_MS while a saved copy exists: then the first of `copies`
// this device has saved, and the page (`clientId`) is told. With no saved
// copy, whatever the network gives, however long it takes. A good answer is
// saved under the request when `save` (and, given `keep`, when it says so of
// a copy of the answer). An answer that is not `good` for a
// file (`strict`: content and the start script) counts as a failure, so a
// portal's login page is never given to the app as its data.
async function networkFirst(event, { save, keep, copies, clientId, strict }) {
  const request = event.request;
  const path = new URL(request.url).pathname;
  const cache = await caches.open(CACHE);
  const saved = (async () => {
    for (const key of copies) {
      const copy = await cache.match(key);
      if (copy) return copy;
    }
  })();
  const network = fetch(request).then(
    (response) => {
      if (save && good(response, path)) {
        // Saved after answering, never before: the page does not wait for the
        // disk. An answer that comes after the saved copy was sent may be too
        // late to extend the event; it is saved all the same.
        const copy = response.clone();
        const saving = (async () => {
          if (!keep || (await keep(copy.clone()))) await cache.put(request, copy);
        })();
        try {
          event.waitUntil(saving);
        } catch {}
      }
      return response;
    },
    () => null,
  );
  const first = await Promise.race([network, wait(NETWORK_WAIT_MS).then(() => "slow")]);
  if (first && first !== "slow" && first.status < 500 && !(strict && !good(first, path))) return first;
  const copy = await saved;
  if (!copy) {
    const late = first === "slow" ? await network : first;
    if (late) return late;
    return Response.error();
  }
  const telling = tellPage(clientId, new URL(request.url).pathname);
  try {
    event.waitUntil(telling);
  } catch {}
  return copy;
}

// From this version's cache, else the network, saved for next time.
async function savedFirst(event) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(event.request);
  if (copy) return copy;
  const response = await fetch(event.request);
  if (good(response, new URL(event.request.url).pathname)) {
    const saving = cache.put(event.request, response.clone());
    try {
      event.waitUntil(saving);
    } catch {}
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // A page with a query is its path's page, whose program reads the query.
    const page = new URL(request.url);
    const plain = !page.search;
    page.search = "";
    const copies = [plain ? request : page.href, url(SHELL)];
    event.respondWith(networkFirst(event, { save: plain, keep: thisBuildsPage, copies, clientId: event.resultingClientId }));
    return;
  }
  const path = new URL(request.url).pathname;
  if (path === new URL(url(START_SCRIPT)).pathname) {
    event.respondWith(networkFirst(event, { save: true, copies: [request], clientId: null, strict: true }));
    return;
  }
  if (CONTENT_FILES.some((p) => new URL(url(p)).pathname === path)) {
    event.respondWith(networkFirst(event, { save: true, copies: [request], clientId: event.clientId, strict: true }));
    return;
  }
  if ([...HASHED, ...PROGRAM_FILES].some((p) => new URL(url(p)).pathname === path)) {
    event.respondWith(savedFirst(event));
  }
});
