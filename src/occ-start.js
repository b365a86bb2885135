// Starts the app. The build (tools/post-build.mjs) writes this file as
// occ-start.js with the hashed names of this build's files filled in, so one
// stable URL always pairs matching JavaScript and WebAssembly. Everything is
// fetched relative to this file, so the same build runs at a site's root or
// inside a host page at any path. No inline script is needed, so the
// Content-Security-Policy needs no hash or 'unsafe-inline'.
//
// Every page waits for this file before it is shown (a built page is checked
// against its content first), so it holds only what must happen before then:
// the check, what the app would do on a built page as it is shown, holding
// early presses, and starting the page's program. The rest (taking a built
// part over once its program has drawn it, a host's pages, drawing a page
// again from changed content, panics) is in src/occ-later.js, fetched beside
// the program once the page has been painted, or at once where this file
// cannot do without it.
const FILES = { js: "__OCC_JS__", wasm: "__OCC_WASM__", css: "__OCC_CSS__" };
// The island programs by name (src/bin/): { js, wasm } each.
const PROGRAMS = __OCC_PROGRAMS__;
// This build, as the pages built for a host's element name it (tools/prerender.mjs):
// a page from another build is not shown.
const BUILD = "__OCC_BUILD__";
// The base path the pages for a host's element are built under (tools/embedded-pages.mjs).
const PAGES_BASE = "__OCC_PAGES_BASE__";
// The rest of the start-up (src/occ-later.js), by its hashed name.
const LATER = "__OCC_LATER__";
// What this script shares with the app, each name written once in
// src/domain/contract.rs (src/contract.json): the root's and the main
// content's ids, and which program runs each part a host may embed alone
// (data-island="quiz"), put here by the build; and the attributes, events,
// window names and classes they speak through, each ATTR.NAME, EVENT.NAME,
// GLOBAL.NAME and CLASS.NAME below put in as its value by the build.
const { ROOT_ID, MAIN_ID, ISLAND_PROGRAMS } = __OCC_CONTRACT__;
// The rules it applies as the app does (src/occ-rules.js, put here by the
// build): plainSegments, hostPaths, routeOf, vacancyOrder.
__OCC_RULES__

const here = (name) => new URL(name, import.meta.url).href;

// A host page may not link the stylesheet itself: add it once.
function addStylesheet() {
  const href = here(FILES.css);
  const links = document.querySelectorAll('link[rel="stylesheet"]');
  if (![...links].some((link) => link.href === href)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.append(link);
  }
}

// The static message in the root (see index.html and the README snippet)
// becomes visible, so a failed download never leaves a blank or frozen page.
function showFailure(error) {
  console.error("Careers in offender healthcare could not start:", error);
  const roots = document.querySelectorAll(`[id="${ROOT_ID}"]`);
  for (const root of roots.length ? roots : [document.body]) failed(root);
}

function failed(root) {
  root.classList.add("occ-start-failed");
  // The built part is better than nothing, with the message saying it does not work.
  for (const part of root.querySelectorAll(`[${ATTR.WAITING}]`)) part.removeAttribute(ATTR.WAITING);
  // Nothing is getting ready any more, and a press held for the program
  // will not be made: say only that the page does not work.
  for (const status of root.querySelectorAll(".occ-getting-ready")) status.remove();
  for (const pressed of root.querySelectorAll(`[${ATTR.PRESSED}]`)) pressed.removeAttribute(ATTR.PRESSED);
  const message = root.querySelector(`.${CLASS.STATIC_FAILURE}`);
  if (message) {
    message.hidden = false;
    message.setAttribute("role", "alert");
  }
}

// Offline use, for the stand-alone site only (its index.html asks for it with
// <meta name="occ-offline">): a host's pages are outside the worker's reach.
const offlineWanted = () => "serviceWorker" in navigator && !!document.querySelector('meta[name="occ-offline"]');

// The worker says when it answered with a saved copy; the page shows a note.
// Listened for at once: the browser delivers the worker's messages from the
// moment the page has been read, and one that comes before anyone listens is lost.
function listenForOfflineCopy() {
  if (!offlineWanted()) return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data && event.data.type === EVENT.OFFLINE_COPY) {
      window[GLOBAL.OFFLINE_COPY] = true;
      window.dispatchEvent(new CustomEvent(EVENT.OFFLINE_COPY));
    }
  });
  navigator.serviceWorker.startMessages();
}

function offline() {
  if (!offlineWanted()) return;
  navigator.serviceWorker.register(here("sw.js")).catch((error) => console.warn("Offline use is not available:", error));
}

// On a page built in advance (tools/prerender.mjs) the words are already
// there: let them be seen before the app's files start to download, so on a
// slow connection the page is not kept waiting behind them. A frame reaches
// the screen a while after its requestAnimationFrame callback, so the program
// waits for the browser to say it has painted the page's first words (the
// paint entry "first-contentful-paint"), which a download started earlier
// would often beat. The timer covers a tab in the background, where frames
// are not drawn, and a browser that does not say.
function afterFirstPaint() {
  if (!appRoot()?.hasAttribute(ATTR.PRERENDERED)) return Promise.resolve();
  return new Promise((painted) => {
    setTimeout(painted, 500);
    if (!window.PerformanceObserver?.supportedEntryTypes?.includes("paint")) {
      requestAnimationFrame(() => setTimeout(painted, 0));
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (!entries.getEntriesByName("first-contentful-paint").length) return;
      observer.disconnect();
      painted();
    });
    observer.observe({ type: "paint", buffered: true });
  });
}

// The app's own element: settings are read from it alone, never from
// anywhere else in a host's page.
const appRoot = () => document.getElementById(ROOT_ID);

// A path on this site: plain, and, built against this page's origin (never
// document.baseURI, which a <base> element can point elsewhere), still on it.
function onThisSite(path) {
  if (plainSegments(path) === null) return null;
  const url = new URL(path, location.origin);
  return url.origin === location.origin ? url.href : null;
}

// A <base> element that points to another site would send the app's requests
// and links there: the app does not start under one (README, "A host's
// Content-Security-Policy": base-uri).
function baseElsewhere() {
  const base = new URL(document.baseURI);
  return base.origin !== location.origin ? base.origin : null;
}

// ---- A page never older than its content ----
// A page built in advance names the content files it was drawn from, each
// with a hash of its bytes (data-occ-built-from on its .occ-app element,
// tools/built-from.mjs), and the stylesheet keeps it out of sight until it is
// checked here. When every file is published as it was, the page is shown;
// when one has changed (an editor published an edit and the pages have not
// been built again), the whole app draws the page from the files as they are
// now instead, so old words are never shown as current.

// FNV-1a, 32 bits, of a file's bytes: tools/built-from.mjs, contentHash (its
// test holds this copy to that one).
function contentHash(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

// The .occ-app element in `within` that names what it was drawn from, or null.
const builtApp = (within) => within?.querySelector(`:scope > .${CLASS.APP}[${ATTR.BUILT_FROM}]`) || null;

// Where the content file named `file` (a plain name, as the build writes
// it) is under `base` on this site, or null.
const contentUrl = (base, file) => (/^[a-z0-9-]+\.json$/.test(file) ? onThisSite(base + file) : null);

// Whether a content file the page `app` was drawn from is published changed
// since, or is gone. A file that cannot be fetched at all (offline, with no
// saved copy) leaves the page as built: it is all there is, as without
// JavaScript, and the part that reads the file says it did not load; so
// does one that has not come within CHECK_MS, so a stalled request never
// keeps the page out of sight.
const CHECK_MS = 5000;
async function contentChanged(app, contentBase) {
  const pairs = app.getAttribute(ATTR.BUILT_FROM).split(" ").filter(Boolean).map((pair) => pair.split(":"));
  const changed = await Promise.all(
    pairs.map(async ([file, hash]) => {
      const url = /^[0-9a-f]{8}$/.test(hash || "") ? contentUrl(contentBase, file) : null;
      if (!url) return true;
      const published = await publishedFile(url);
      if (published === GONE) return true;
      return published !== null && published !== hash;
    }),
  );
  return changed.some(Boolean);
}

// Each content file as published, fetched once for this document: its hash,
// GONE, or null when it could not be fetched (forgotten, so the next page
// asks again). Its text is handed to the page's program under
// window.occCheckedContent (by address), which takes it from there rather
// than download it again (src/web/loader.rs, checked_text): the check and
// the program never both download a file.
const GONE = "gone";
const published = new Map();
function publishedFile(url) {
  if (!published.has(url)) {
    const answer = (async () => {
      try {
        const response = await fetch(url, { credentials: "same-origin", signal: AbortSignal.timeout?.(CHECK_MS) });
        if (response.status === 404) return GONE;
        if (!response.ok) return null;
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (/^application\/json\s*(;|$)/i.test(response.headers.get("content-type") || "")) {
          (window[GLOBAL.CHECKED_CONTENT] ||= Object.create(null))[url] = new TextDecoder().decode(bytes);
        }
        return contentHash(bytes);
      } catch {
        return null;
      }
    })();
    published.set(url, answer);
    answer.then((result) => result === null && published.delete(url));
  }
  return published.get(url);
}

// Checks the built page `app` before it is seen: true when it is out of date
// (and still out of sight), else it is shown. Marked as being checked, so the
// stylesheet's fallback (shown after a while if this script never runs) waits.
async function outOfDate(app, contentBase) {
  if (!app) return false;
  // Shown already (this script came after the stylesheet's fallback): it
  // stays in sight while it is checked.
  if (getComputedStyle(app).visibility !== "visible") app.setAttribute(ATTR.CHECKING, "");
  const changed = await contentChanged(app, contentBase);
  app.removeAttribute(ATTR.CHECKING);
  if (!changed) app.setAttribute(ATTR.CURRENT, "");
  return changed;
}

// Draws the page with the whole app from the content as it is now, in place
// of a page built from older content. Until it has, the root says the page
// is coming, with the message for when it does not (`failure`: the host's
// or the page's own, shown by showFailure).
// On a page built in advance the shell is the built HTML, not the app's: a
// page with nothing to operate (data-occ-static, written by
// tools/prerender.mjs) loads no program at all, and a page with parts to
// operate loads only their program. The little the app would do on the rest
// of the page is done here: the phone menu, which vacancies have closed since
// the page was built, and the note when the page came from the copy saved for
// offline use (its words are in the page, hidden).
function enhance(root) {
  const toggle = root.querySelector(".occ-header__menu-toggle");
  const list = root.querySelector("#occ-nav-list");
  toggle?.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    list?.classList.toggle("occ-nav__list--open", open);
  });
  // As the app does: focus the main content without adding a fragment to the
  // address (which a page's own fragment may use, and a host's <base> may bend).
  root.querySelector(".occ-skip-link")?.addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  });
  markClosed(root, Date.now());
  const note = root.querySelector(".occ-offline-note");
  const showNote = () => note && (note.hidden = false);
  if (window[GLOBAL.OFFLINE_COPY]) showNote();
  window.addEventListener(EVENT.OFFLINE_COPY, showNote);
  root.querySelector(`[${ATTR.RELOAD}]`)?.addEventListener("click", () => location.reload());
}

// The program a page runs: none on a light page; on a page built with parts
// to operate, the one program they name (one per page, so the runtime is
// never loaded twice); on a host's page that embeds one part alone, that
// part's program; on the stand-alone site's app page (data-occ-app: a route
// with no page built), the whole app.
function programOf(root) {
  if (root?.hasAttribute(ATTR.STATIC)) return null;
  if (root?.hasAttribute(ATTR.HOST_ISLAND)) {
    const name = root.getAttribute(ATTR.HOST_ISLAND);
    const program = Object.hasOwn(ISLAND_PROGRAMS, name) && ISLAND_PROGRAMS[name];
    if (!program || !Object.hasOwn(PROGRAMS, program)) throw new Error(`${ATTR.HOST_ISLAND}="${name}" names no part that can be embedded alone`);
    return { name: program, ...PROGRAMS[program] };
  }
  if (!root?.hasAttribute(ATTR.PRERENDERED)) return { name: "app", ...FILES };
  // tools/prerender.mjs builds no page whose parts name two programs, but for
  // a part whose program comes when it is used (loadOnUse, in occ-later.js).
  const names = new Set([...root.querySelectorAll(`[${ATTR.ISLAND}]:not([${ATTR.ON_USE}])`)].map((el) => el.getAttribute(ATTR.PROGRAM)));
  const [name] = names;
  if (names.size !== 1 || !Object.hasOwn(PROGRAMS, name)) throw new Error(`the page's parts name no one program: ${[...names].join(", ")}`);
  return { name, ...PROGRAMS[name] };
}

// Which vacancies are open, and whether dated figures are past their period,
// depend on the moment the page is read. In each
// part that says so (data-occ-dated="part", src/web/components/dated.rs) every
// vacancy carries the moment it closes (data-occ-closes, milliseconds since
// 1970 UTC) and its tag the moments its words change (data-occ-changes), both
// written by the app by its own rules, and every other variant of the words is
// in the page (hidden, or listed in an attribute): so the rules stay the
// app's, and this only picks.
function markClosed(root, now) {
  for (const part of root.querySelectorAll(`[${ATTR.DATED}="part"]`)) {
    let open = 0;
    for (const item of part.querySelectorAll(`[${ATTR.CLOSES}]`)) {
      const closed = !(now < Number(item.getAttribute(ATTR.CLOSES)));
      item.setAttribute(ATTR.STATE, closed ? "closed" : "open");
      for (const words of item.querySelectorAll(`[${ATTR.CLOSED}]`)) words.hidden = !closed;
      for (const words of item.querySelectorAll(`[${ATTR.OPEN}]`)) words.hidden = closed;
      if (!closed) open++;
    }
    for (const tag of part.querySelectorAll(`[${ATTR.CHANGES}]`)) {
      const changes = JSON.parse(tag.getAttribute(ATTR.CHANGES));
      const [, words, state] = changes.findLast(([from]) => from <= now) || changes[0];
      tag.textContent = words;
      tag.setAttribute(ATTR.STATE, state);
    }
    for (const none of part.querySelectorAll(`[${ATTR.NONE_OPEN}]`)) none.hidden = open > 0;
    // Words that hold from a moment on, such as the notice that pay rates' period has ended.
    for (const later of part.querySelectorAll(`[${ATTR.FROM}]`)) later.hidden = now < Number(later.getAttribute(ATTR.FROM));
    for (const count of part.querySelectorAll(`[${ATTR.OPEN_COUNT}]`)) {
      const words = JSON.parse(count.getAttribute(ATTR.OPEN_COUNT));
      count.textContent = words[Math.min(open, words.length - 1)];
    }
    for (const list of part.querySelectorAll(`[${ATTR.IN_ORDER}]`)) inOrder(list, now);
  }
}

// The vacancies in `list` in the app's order (vacancyOrder, in occ-rules.js).
function inOrder(list, now) {
  const items = [...list.children];
  const closes = items.map((item) => (item.hasAttribute(ATTR.CLOSES) ? Number(item.getAttribute(ATTR.CLOSES)) : null));
  list.append(...vacancyOrder(closes, now).map((i) => items[i]));
}

// Until the program has taken over a built page, its buttons have no handler:
// a press would do nothing, and a form's would reload the page and lose what
// the person chose. So a press is held: the button is marked
// (data-occ-pressed), a message says the page is getting ready, and the
// press is made again once the program's part has taken over (swapIn, in occ-later.js),
// with the fields as the person left them.
function holdEarlyPresses(root) {
  const within = `[${ATTR.ISLAND}]`;
  let status;
  const hold = (event) => {
    // Once a part's program has taken it over, the program handles it; once
    // it cannot start, nothing will.
    if (event.target.closest?.(`[${ATTR.STARTED}]`) || root.classList.contains("occ-start-failed")) return;
    const control = event.type === "submit" ? event.submitter : event.target.closest?.("button");
    if (event.type === "submit" && event.target.closest?.(within)) event.preventDefault();
    if (!control || !control.closest(within) || control.closest(`.${CLASS.STATIC_FAILURE}`)) return;
    event.preventDefault();
    for (const other of root.querySelectorAll(`[${ATTR.PRESSED}]`)) other.removeAttribute(ATTR.PRESSED);
    control.setAttribute(ATTR.PRESSED, "");
    if (!status) {
      status = document.createElement("p");
      status.className = "occ-getting-ready";
      status.setAttribute("role", "status");
    }
    control.after(status);
    // Filled after it is in the page, so screen readers announce it.
    status.textContent = "";
    setTimeout(() => (status.textContent = "Getting this page ready. What you chose will be used in a moment."), 50);
  };
  root.addEventListener("click", hold, true);
  root.addEventListener("submit", hold, true);
}

// A link with a query or a fragment (filters, a comparison, quiz answers)
// gets the built page of its path, which shows the part as it is with none:
// until the part's program has read the address, what the part shows is not
// what the link holds. Nor is a part built as a snapshot (data-occ-snapshot:
// the editors' check, which reports on the files as they are now). Such a
// part is kept out of sight (its space kept, so nothing moves) under a
// message that says so; the swap clears the mark (swapIn, in occ-later.js).
function waitForAddress(root) {
  for (const part of root.querySelectorAll(`[${ATTR.ISLAND}]`)) {
    const snapshot = part.hasAttribute(ATTR.SNAPSHOT);
    if (!snapshot && !location.search && !location.hash) continue;
    // A part inside another that waits says nothing yet: the other's message
    // covers both, and it says its own once the other has taken over (swapIn).
    if (part.parentElement?.closest(`[${ATTR.ISLAND}]`)) {
      part.setAttribute(ATTR.WAITING, "");
      continue;
    }
    waitOn(part, snapshot ? "Checking the content files as they are now." : "Getting this page ready for the link you followed.");
  }
}

// Keeps what was built in the part `part` out of sight (its space kept) under
// a message, `words`, until its program's render is swapped in (swapIn).
function waitOn(part, words) {
  part.setAttribute(ATTR.WAITING, "");
  let status = part.querySelector(":scope > .occ-getting-ready");
  if (!status) {
    status = document.createElement("p");
    status.className = "occ-getting-ready";
    status.setAttribute("role", "status");
    part.prepend(status);
  }
  // Filled after it is in the page, so screen readers announce it.
  status.textContent = "";
  setTimeout(() => (status.textContent = words), 50);
}

// The content files a part's program reads for an address its built page
// does not show (data-occ-reads: the jobs and sites a shared results link
// names, src/domain/islands.rs, Island::reads), fetched now, while the
// program downloads, rather than once it runs; it is handed them as it is
// the files the page was checked against (publishedFile), so none is
// downloaded twice. Resolves when each has come or failed.
function readAhead(root) {
  if (!location.search && !location.hash) return Promise.resolve();
  const base = hostSettings(root).content;
  const files = [...root.querySelectorAll(`[${ATTR.ISLAND}][${ATTR.READS}]`)].flatMap((part) => part.getAttribute(ATTR.READS).split(" "));
  const urls = files.map((file) => contentUrl(base, file)).filter(Boolean);
  return Promise.all(urls.map(publishedFile));
}

// Runs a page's program: the first time, its files are fetched and it
// starts on the page; after that (a host's element shows page after page in
// one document), the program already running is asked to start the parts of
// the page now shown (src/web/islands.rs, MOUNT_EVENT).
const running = new Map();
async function run(program, reads = Promise.resolve()) {
  if (running.has(program.name)) {
    await Promise.all([running.get(program.name), reads]);
    window.dispatchEvent(new CustomEvent(EVENT.MOUNT, { detail: program.name }));
    return;
  }
  const started = (async () => {
    await afterFirstPaint();
    // The WebAssembly downloads while the JavaScript that loads it does.
    const wasm = fetch(here(program.wasm));
    // Handled by init below; without this a failed download is reported as
    // unhandled while the JavaScript is still arriving.
    wasm.catch(() => {});
    // The rest of the start-up comes beside it, and is in place before the
    // program mounts: it is what swaps the program's parts in.
    const [{ default: init }] = await Promise.all([import(here(program.js)), later(), reads]);
    await init({ module_or_path: wasm });
  })();
  running.set(program.name, started);
  try {
    await started;
  } catch (error) {
    running.delete(program.name);
    throw error;
  }
}

// The host's settings, by the app's rules (hostPaths, in occ-rules.js).
const hostSettings = (root) => hostPaths(root.getAttribute(ATTR.BASE_PATH), root.getAttribute(ATTR.CONTENT_PATH));

// The rest of the start-up (src/occ-later.js), once, given what it shares
// with this file (rather than importing this file, which a host may load at an
// address with a query, so that its own import would run it a second time).
let laterStarted = null;
function later() {
  laterStarted ||= import(here(LATER)).then((module) => module.start({
    FILES, PROGRAMS, BUILD, PAGES_BASE, ISLAND_PROGRAMS,
    appRoot, enhance, holdEarlyPresses, hostSettings, outOfDate, builtApp, programOf, readAhead, run, showFailure, waitForAddress, waitOn,
    isRunning: (name) => running.has(name),
    pageFile,
    takePrefetched,
  }));
  laterStarted.catch(() => (laterStarted = null));
  return laterStarted;
}

// A host's page: the page for its address is fetched while the rest of the
// start-up (which shows it) comes, not after. Taken once, by that address.
const prefetched = new Map();
// Where the page built for `route` is, beside this file, as
// tools/embedded-pages.mjs names it; null for a path no page can have.
function pageFile(route) {
  const path = route.replace(/\/$/, "");
  return /^(\/[a-z0-9-]+)*$/.test(path) ? `embedded${path}/index.html` : null;
}
function prefetchPage(root) {
  if (root.querySelector(":scope > .occ-embedded-page")) return;
  const route = routeOf(hostSettings(root).base, location.pathname);
  const file = route === null ? null : pageFile(route);
  if (file === null) return;
  const url = new URL(here(file));
  if (url.origin !== location.origin) return;
  const response = fetch(url, { credentials: "same-origin" });
  response.catch(() => {});
  prefetched.set(url.href, response);
}
function takePrefetched(url) {
  const response = prefetched.get(url);
  prefetched.delete(url);
  return response;
}

addStylesheet();
listenForOfflineCopy();
const root = appRoot();
// A host's page (a trust's own website): the host's element shows the app's
// pages, unless it embeds one part alone (data-island) or is the stand-alone
// site's (a page built in advance, or its app page, data-occ-app).
const hostPage = root && ![ATTR.HOST_ISLAND, ATTR.APP, ATTR.STATIC, ATTR.PRERENDERED].some((mark) => root.hasAttribute(mark));
let program;
try {
  const elsewhere = baseElsewhere();
  if (elsewhere) throw new Error(`the page's <base> element points to ${elsewhere}, another site: the app does not start under it`);
  // Which of two is the app's cannot be told (one may have been put in by
  // something else on a host's page, to give the app its own settings), so
  // neither is used.
  const twins = document.querySelectorAll(`[id="${ROOT_ID}"]`).length;
  if (twins > 1) throw new Error(`the page has ${twins} elements with the app's id, ${ROOT_ID}: the app starts only where there is one`);
  if (!hostPage) program = programOf(root);
} catch (error) {
  showFailure(error);
}
// A page built in advance from content that has since changed is drawn again;
// so is one built by another build than this script's (just after a deploy,
// when one of the two came from the offline copy), whose parts this build's
// programs may not match.
let changed = false;
let why;
if (!hostPage && program !== undefined && root?.matches(`[${ATTR.PRERENDERED}], [${ATTR.STATIC}]`) && root.getAttribute(ATTR.BUILD) !== BUILD) {
  changed = true;
  why = "this page is from another build of the app";
} else if (!hostPage && program !== undefined) {
  changed = await outOfDate(builtApp(root), hostSettings(root).content);
}
if (hostPage && program === undefined && !root.classList.contains("occ-start-failed")) {
  try {
    prefetchPage(root);
    await (await later()).embed(root);
  } catch (error) {
    showFailure(error);
  }
} else if (changed) {
  try {
    const { drawFromPublished, pageFailure } = await later();
    await drawFromPublished(root, pageFailure(root), why);
    offline();
  } catch (error) {
    showFailure(error);
  }
} else if (program === null) {
  enhance(root);
  // Complete as built: the same mark the app sets (src/web/takeover.rs).
  root.setAttribute(ATTR.COMPLETE, "");
  offline();
} else if (program) try {
  if (root?.hasAttribute(ATTR.PRERENDERED)) {
    enhance(root);
    waitForAddress(root);
    holdEarlyPresses(root);
  }
  await run(program, root?.hasAttribute(ATTR.PRERENDERED) ? readAhead(root) : undefined);
  (await later()).fetchAhead(root);
  // Only once the program runs, so saving it for offline use never competes
  // with the first visit's own downloads.
  offline();
} catch (error) {
  showFailure(error);
}
