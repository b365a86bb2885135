// Starts the app. The build (tools/post-build.mjs) writes this file as
// occ-start.js with the hashed names of this build's files filled in, so one
// stable URL always pairs matching JavaScript and WebAssembly. Everything is
// fetched relative to this file, so the same build runs at a site's root or
// inside a host page at any path. No inline script is needed, so the
// Content-Security-Policy needs no hash or 'unsafe-inline'.
const FILES = { js: "__OCC_JS__", wasm: "__OCC_WASM__", css: "__OCC_CSS__" };
// The island programs by name (src/bin/): { js, wasm } each.
const PROGRAMS = __OCC_PROGRAMS__;
// This build, as the pages built for a host's element name it (tools/prerender.mjs):
// a page from another build is not shown.
const BUILD = "__OCC_BUILD__";
// The base path those pages are built under: each link in them that starts
// with it is put under the host's own base path (tools/embedded-pages.mjs).
const PAGES_BASE = "__OCC_PAGES_BASE__";
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

// A panic stops a program where it happens (src/web/config.rs): the browser
// is left with an uncaught WebAssembly.RuntimeError, the part may be half
// drawn, and nothing in it answers any more. The app's element then says so
// in place of what it showed, once, with a way to try again. On a trust's
// page only an error from the app's own files counts (its stack names one),
// never one from the host's own WebAssembly.
function listenForPanics() {
  if (typeof WebAssembly === "undefined") return;
  const ownSite = !!root && [ATTR.APP, ATTR.STATIC, ATTR.PRERENDERED].some((mark) => root.hasAttribute(mark));
  // A program's stack names its JavaScript or, in its own frames, its WebAssembly.
  const ours = [FILES, ...Object.values(PROGRAMS)].flatMap((p) => [p.js, p.wasm]);
  let stopped = false;
  const panicked = (error) => {
    if (stopped || !(error instanceof WebAssembly.RuntimeError)) return;
    if (!ownSite && !ours.some((name) => String(error.stack).includes(name))) return;
    stopped = true;
    const place = appRoot() || document.body;
    const make = (tag, text) => Object.assign(document.createElement(tag), { textContent: text });
    const message = make("div");
    message.className = "occ-app occ-fatal";
    message.setAttribute("role", "alert");
    const again = make("p");
    // The page's own address: reloading it asks for every file again.
    again.append(Object.assign(make("a", "Reload the page"), { href: location.href }), " to try again.");
    // Where else to find the trust's jobs, as the page's own message for a
    // program that cannot start says it (built from the content).
    const elsewhere = place.querySelector(`.${CLASS.STATIC_FAILURE} p:last-child`)?.cloneNode(true);
    message.append(make("h1", "Sorry, something went wrong"), again, ...(elsewhere ? [elsewhere] : []));
    place.replaceChildren(message);
  };
  window.addEventListener("error", (event) => panicked(event.error));
  window.addEventListener("unhandledrejection", (event) => panicked(event.reason));
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
async function drawFromPublished(root, failure, why = "the content has changed since this page was built") {
  console.info(`Careers in offender healthcare: ${why}; drawing it from the content as it is now`);
  unmountParts();
  for (const mark of PAGE_MARKS) root.removeAttribute(mark);
  root.removeAttribute("aria-busy");
  root.setAttribute(ATTR.APP, "");
  const app = document.createElement("div");
  app.className = CLASS.APP;
  const main = document.createElement("main");
  main.className = "occ-width-container occ-main";
  const status = document.createElement("p");
  status.className = "occ-getting-ready";
  status.setAttribute("role", "status");
  main.append(status);
  if (failure) main.append(failure);
  app.append(main);
  root.replaceChildren(app);
  // Filled after it is in the page, so screen readers announce it.
  setTimeout(() => (status.textContent = "Getting the latest version of this page."), 50);
  await run({ name: "app", ...FILES });
}

// The message a built page gives when the whole app cannot draw it: its own
// words for where else to find jobs, if it has them.
function pageFailure(root) {
  const message = document.createElement("div");
  message.className = CLASS.STATIC_FAILURE;
  message.hidden = true;
  const heading = document.createElement("h2");
  heading.textContent = "This page has not loaded";
  const check = document.createElement("p");
  check.textContent = "Check your internet connection and reload the page.";
  message.append(heading, check);
  const whereElse = root.querySelector(`.${CLASS.STATIC_FAILURE} p:last-child`);
  if (whereElse) message.append(whereElse.cloneNode(true));
  return message;
}

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
  // a part whose program comes when it is used (loadOnUse, below).
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
// press is made again once the program's part has taken over (swapIn, below),
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
// message that says so; the swap clears the mark (swapIn, below).
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

// ---- A part's program takes over its built part ----
// The built part already shows, so it paints long before its program
// arrives. The program renders each part it runs out of sight, in an element
// of its own beside the built content (data-occ-render), then says so
// (src/web/islands.rs, MOUNTED_EVENT). Each part is swapped in once it is
// complete (nothing in it loading), or after GIVE_UP_MS, so a person is never
// left with buttons that do nothing: longer than the app's wait for a
// content file, after which it shows an error with Try again. Whatever the
// person did in the meantime comes across: the focused control keeps focus,
// changed form fields keep their values (and tell the program, as if the
// person had just changed them), and a held press is made again.
const GIVE_UP_MS = 12000;
// Everything a person can focus or change, in document order.
const CONTROLS = "a[href], button, input, select, textarea, summary, [tabindex]";

// The app's rules for when what it drew is complete (src/web/takeover.rs,
// complete): a page has its heading and nothing in it is loading; a part has
// rendered something and nothing in it is loading.
// Something in `el` is still on its way: a file its part reads, or a part
// kept out of sight until its program has drawn it (waitOn).
const loading = (el) => !!el.querySelector(`.${CLASS.LOADING}, [${ATTR.WAITING}]`);
const pageComplete = (el) => !!el.querySelector("h1") && !loading(el);
const partComplete = (el) => !!el.firstElementChild && !loading(el);

// Keeps the complete mark on `root` true to `complete(root)` from now on, for
// every page shown in it; never while a built page is not yet taken over.
const marked = new WeakSet();
function keepMarked(root, complete) {
  const mark = () => {
    const now = !root.hasAttribute(ATTR.PRERENDERED) && complete(root);
    if (now !== root.hasAttribute(ATTR.COMPLETE)) root.toggleAttribute(ATTR.COMPLETE, now);
  };
  mark();
  if (marked.has(root)) return;
  marked.add(root);
  new MutationObserver(mark).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: [ATTR.PRERENDERED] });
}

// The controls in `within`, each with a key that names it the same way on the
// built page and in the program's render: the nth control with the same tag
// and id, or name and value, or link target and text, and what it acts on
// where the app names it (data-occ-key: the role a comparison button adds,
// the question a quiz's Next answers), so a press on the built page is never
// made on a control for something else (the program's content may have
// changed since the build, or the quiz may go on from saved progress). The
// built page's static message (.occ-static-failure) is not the app's and is
// left out.
function controls(within) {
  const seen = new Map();
  return [...within.querySelectorAll(CONTROLS)]
    .filter((el) => !el.closest(`.${CLASS.STATIC_FAILURE}`))
    .map((el) => {
      const attr = (name) => el.getAttribute(name) || "";
      // Only what the app renders as attributes: the build writes a field's
      // current value into `value`, the app may set it as a property.
      const fixedValue = ["checkbox", "radio"].includes(attr("type"));
      const hasText = ["A", "BUTTON", "SUMMARY"].includes(el.tagName);
      const key = attr("id")
        ? `${el.tagName}#${attr("id")}`
        : [el.tagName, attr("name"), fixedValue ? attr("value") : "", attr("href"), hasText ? el.textContent : "", attr(ATTR.KEY)].join("|");
      const nth = (seen.get(key) || 0) + 1;
      seen.set(key, nth);
      return [`${nth} ${key}`, el];
    });
}

// What a person changed in a field of the built page (it differs from the
// field's starting state, which the build wrote from the app's own render),
// to give to the same field of the program's render; null if nothing.
function changedIn(from, to) {
  if (from.tagName !== to.tagName || from.name !== to.name) return null;
  if (from instanceof HTMLInputElement) {
    if (from.type !== to.type) return null;
    if (from.type === "checkbox" || from.type === "radio") return from.checked !== from.defaultChecked ? { checked: from.checked } : null;
    return from.value !== from.defaultValue ? { value: from.value } : null;
  }
  if (from instanceof HTMLSelectElement) return [...from.options].some((o) => o.selected !== o.defaultSelected) ? { value: from.value } : null;
  if (from instanceof HTMLTextAreaElement) return from.value !== from.defaultValue ? { value: from.value } : null;
  return null;
}

function give(to, change) {
  if ("checked" in change) to.checked = change.checked;
  else to.value = change.value;
  // Bubbling, so the app's delegated handlers hear it as the person's change.
  for (const kind of ["input", "change"]) to.dispatchEvent(new Event(kind, { bubbles: true }));
}

// Replaces the built content of `place` with the program's render `app`, in
// one task so nothing flashes. `builtFor` is the address when the program
// rendered: a link followed since (the app handles links from the moment it
// is mounted) has opened a new page.
function swapIn(place, app, builtFor) {
  const moved = location.href !== builtFor;
  const focused = document.activeElement;
  const fresh = new Map(controls(app));
  const changes = [];
  let focus = null;
  let pressed = null;
  // Both are renders of the same route: a control pairs with the one of the
  // same key; one with no partner carries nothing.
  for (const [key, from] of controls(place)) {
    const to = !app.contains(from) && fresh.get(key);
    if (!to) continue;
    if (focused === from) focus = to;
    if (from.hasAttribute(ATTR.PRESSED)) pressed = to;
    const change = changedIn(from, to);
    if (change) changes.push([to, change]);
  }
  // A part inside this one whose program comes when it is used (the sites'
  // map) keeps what was built for it, or what its program has drawn since:
  // this program left its place empty.
  for (const empty of app.querySelectorAll(`[${ATTR.ON_USE}]`)) {
    const built = [...place.querySelectorAll(`[${ATTR.ON_USE}]`)].find((el) => !app.contains(el) && el.getAttribute(ATTR.ISLAND) === empty.getAttribute(ATTR.ISLAND));
    if (!built || empty.firstElementChild) continue;
    const hadFocus = built.contains(focused) && focused;
    empty.replaceWith(built);
    if (hadFocus) hadFocus.focus({ preventScroll: true });
    if (built.hasAttribute(ATTR.WAITING) && !built.querySelector(":scope > .occ-getting-ready")) waitOn(built, `Getting ${onUseName(built)} ready for the link you followed.`);
  }
  for (const el of [...place.children]) if (el !== app) el.remove();
  app.hidden = false;
  place.removeAttribute(ATTR.WAITING);
  place.setAttribute(ATTR.STARTED, "");
  for (const [to, change] of changes) give(to, change);
  // The new page's heading gets focus, as after any navigation, so a screen reader announces it.
  if (moved) focus = app.querySelector("h1");
  if (focus) {
    focus.focus({ preventScroll: true });
  } else if (!moved) {
    // A link to a place in the part (a role's "Work out your pay" to
    // #occ-estimator) lands on it, as the part does on its own page: the
    // part's own focus came while it was out of sight, so it is given here,
    // in view, unless the person has put focus somewhere.
    const nothingFocused = !document.activeElement || document.activeElement === document.body;
    const target = nothingFocused && location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (target && app.contains(target) && target.hasAttribute("tabindex")) target.focus();
  }
  // A button pressed on the built page is pressed now, with the fields as the person left them.
  if (!moved) pressed?.click();
}

// Resolves once the program's render `app` in `place` has been swapped in.
function takeOver(place, app) {
  const builtFor = location.href;
  return new Promise((done) => {
    let watch = null;
    const finish = () => {
      if (!watch) return;
      watch.disconnect();
      watch = null;
      swapIn(place, app, builtFor);
      done();
    };
    watch = new MutationObserver(() => partComplete(app) && finish());
    watch.observe(app, { childList: true, subtree: true });
    // A part says it is loading only once its first effects have run: first asked a task later.
    setTimeout(() => partComplete(app) && finish(), 0);
    setTimeout(finish, GIVE_UP_MS);
  });
}

// Counts the pages shown in the root, so a part that finishes taking over
// after its page has gone does not mark the next one as started.
let pagesShown = 0;
function unmountParts() {
  pagesShown++;
  window.dispatchEvent(new Event(EVENT.UNMOUNT));
}

// The program `program` has mounted what it runs on the page shown.
const takenOver = new WeakSet();
function partsMounted(program) {
  const root = appRoot();
  if (!root) return;
  const alone = root.hasAttribute(ATTR.HOST_ISLAND);
  if (alone && ISLAND_PROGRAMS[root.getAttribute(ATTR.HOST_ISLAND)] === program) {
    // One part alone, in the host's page: no built part to take over.
    setTimeout(() => {
      root.setAttribute(ATTR.STARTED, "");
      keepMarked(root, partComplete);
      loadOnUse(root);
    }, 0);
    return;
  }
  const places = [...root.querySelectorAll(`[${ATTR.ISLAND}]`)].filter((place) => place.getAttribute(ATTR.PROGRAM) === program && !takenOver.has(place));
  if (!places.length) return;
  const page = pagesShown;
  // A place the program did not render (a build out of step) counts as taken
  // over at once, so no held press waits for ever.
  const swaps = places.map((place) => {
    takenOver.add(place);
    const app = place.querySelector(`:scope > [${ATTR.RENDER}]`);
    return app ? takeOver(place, app) : null;
  });
  Promise.all(swaps).then(() => {
    if (page !== pagesShown || alone) return;
    root.removeAttribute(ATTR.PRERENDERED);
    root.setAttribute(ATTR.STARTED, "");
    keepMarked(root, pageComplete);
    loadOnUse(root);
  });
}

// ---- A part whose program comes when it is used ----
// A part inside another (data-occ-on-use, whose value names it: the sites'
// map, src/domain/islands.rs, Island::loads_on_use) is built showing what the
// page's own address shows. Its program is fetched only once a person uses
// it: points at, touches or focuses it, or something it marks (the list's
// sites, EVENT.POINTED), or changes the address it follows (a filter:
// EVENT.ADDRESS, or back and forward). Until its program has drawn it for a
// changed address, what was built is out of sight under a message. Fetched at
// once when nothing was built for it (inside a part embedded alone) or the
// page opened at an address of its own.
const onUseName = (place) => place.getAttribute(ATTR.ON_USE) || "this part";
const onUseSeen = new WeakSet();
const onUseWatched = new WeakSet();
function loadOnUse(root) {
  // Such a part drawn later (once the content its outer part reads has come,
  // or after Try again) has nothing built for it: its program comes at once.
  if (!onUseWatched.has(root)) {
    onUseWatched.add(root);
    new MutationObserver(() => loadOnUse(root)).observe(root, { childList: true, subtree: true });
  }
  for (const place of root.querySelectorAll(`[${ATTR.ISLAND}][${ATTR.ON_USE}]`)) {
    const name = place.getAttribute(ATTR.PROGRAM);
    if (onUseSeen.has(place) || takenOver.has(place) || !Object.hasOwn(PROGRAMS, name)) continue;
    onUseSeen.add(place);
    const page = pagesShown;
    const stops = [];
    const listen = (target, type, handler, options = {}) => {
      target.addEventListener(type, handler, options);
      stops.push(() => target.removeEventListener(type, handler, options));
    };
    const stop = () => stops.splice(0).forEach((each) => each());
    let asked = false;
    const use = () => {
      if (asked || page !== pagesShown) return;
      asked = true;
      run({ name, ...PROGRAMS[name] }).catch((error) => {
        console.error(`Careers in offender healthcare could not load ${onUseName(place)}:`, error);
        // Asked again at the next use. What was built still shows the
        // page's own address; out of sight, it is not what the person chose.
        asked = false;
        if (place.hasAttribute(ATTR.WAITING)) waitOn(place, `Sorry, ${onUseName(place)} could not be brought up to date. Check your connection, then reload the page.`);
      });
    };
    const changed = () => {
      if (page !== pagesShown) return;
      waitOn(place, `Getting ${onUseName(place)} ready for what you chose.`);
      use();
    };
    // A link in it pressed before its program has taken over (a marker) is
    // not followed: once it has, the link is focused instead, which is what
    // a first tap on it does (it names the marker); the next press opens it.
    let pressed = null;
    listen(place, "click", (event) => {
      const link = event.target.closest?.("a[href]");
      // A link to a place on the page (Skip the map) works as built.
      if (!link || !place.contains(link) || link.getAttribute("href").startsWith("#")) return;
      event.preventDefault();
      pressed = link.getAttribute("href");
      use();
    }, { capture: true });
    for (const type of ["pointerover", "touchstart", "focusin"]) listen(place, type, use, { passive: true });
    listen(window, EVENT.POINTED, use);
    listen(window, EVENT.ADDRESS, changed);
    listen(window, "popstate", changed);
    listen(window, EVENT.UNMOUNT, stop);
    // Its program has taken over: from now on the part is its own.
    new MutationObserver((_, watch) => {
      if (!place.hasAttribute(ATTR.STARTED)) return;
      watch.disconnect();
      stop();
      const again = pressed && [...place.querySelectorAll("a[href]")].find((link) => link.getAttribute("href") === pressed);
      again?.focus();
    }).observe(place, { attributes: true, attributeFilter: [ATTR.STARTED] });
    if (!place.firstElementChild) {
      waitOn(place, `Getting ${onUseName(place)} ready.`);
      use();
    } else if (place.hasAttribute(ATTR.WAITING)) {
      use();
    }
  }
}
window.addEventListener(EVENT.MOUNTED, (event) => partsMounted(event.detail));

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
    const [{ default: init }] = await Promise.all([import(here(program.js)), reads]);
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

// A part that leads to a part on another page with its own program (the
// quiz's questions to its results, src/domain/islands.rs: Island::leads_to)
// names that program: it is fetched once the person starts to use this part,
// so it arrives while they do and the next page works as soon as it is shown;
// a visitor who only looks downloads nothing more. Not when the person's
// browser asks to save data.
const fetchedAhead = new Set();
function fetchAhead(root) {
  for (const place of root.querySelectorAll(`[${ATTR.NEXT_PROGRAM}]`)) {
    const name = place.getAttribute(ATTR.NEXT_PROGRAM);
    if (!Object.hasOwn(PROGRAMS, name)) continue;
    const fetchProgram = () => {
      if (fetchedAhead.has(name) || running.has(name) || navigator.connection?.saveData) return;
      fetchedAhead.add(name);
      // Read to the end, so the whole file is kept in the browser's cache.
      for (const file of [PROGRAMS[name].js, PROGRAMS[name].wasm]) {
        fetch(here(file), { priority: "low" }).then((response) => response.arrayBuffer()).catch(() => {});
      }
    };
    for (const type of ["change", "submit"]) place.addEventListener(type, fetchProgram, { capture: true, once: true });
  }
}

// A page built in advance, now in the root: what it needs done.
async function startPage(root) {
  const program = programOf(root);
  enhance(root);
  if (program === null) {
    // Complete as built: the same mark the app sets (src/web/takeover.rs).
    root.setAttribute(ATTR.COMPLETE, "");
    return;
  }
  waitForAddress(root);
  await run(program, readAhead(root));
  fetchAhead(root);
}

// ---- A host's page (a trust's own website) ----
// The host's element shows the app's pages built for a host's element
// (tools/prerender.mjs writes them to embedded/ beside this file, drawn with
// the host's chrome), each loading only the program of the part it has, as
// on the stand-alone site. A link to another of the app's pages shows that
// page in the same element without loading the host's page again.

// The host's settings, by the app's rules (hostPaths, in occ-rules.js).
const hostSettings = (root) => hostPaths(root.getAttribute(ATTR.BASE_PATH), root.getAttribute(ATTR.CONTENT_PATH));

// Where the page built for `route` is, beside this file, as
// tools/embedded-pages.mjs names it; null for a path no page can have.
function pageFile(route) {
  const path = route.replace(/\/$/, "");
  return /^(\/[a-z0-9-]+)*$/.test(path) ? `embedded${path}/index.html` : null;
}

// What may not be in a page put into the host's page. The build writes none
// of these; a page that has one is not the build's and is not shown.
const NOT_IN_A_PAGE = new Set(["script", "style", "link", "meta", "base", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template"]);

// Why `page` (the one element of a page's file) is not fit to show as the
// page of `route`, or as the page not found (`notFound`), or null when it is.
function pageProblem(page, route, notFound) {
  if (!page || page.localName !== "div" || !page.classList.contains("occ-embedded-page")) return "it is not a page built for a host's element";
  if (page.getAttribute(ATTR.BUILD) !== BUILD) return "it is from another build of the app";
  if (!(notFound && page.hasAttribute(ATTR.NOT_FOUND)) && (route === null || page.getAttribute(ATTR.ROUTE) !== route)) return "it is another page's";
  if (page.querySelectorAll("h1").length !== 1) return "it has no one main heading";
  for (const el of page.querySelectorAll("*")) {
    if (NOT_IN_A_PAGE.has(el.localName)) return `it has a ${el.localName} element`;
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name) || name === "style" || name === "srcdoc") return `it has a ${name} attribute`;
      if (/(^|:)(href|src|action|formaction)$/i.test(name) && /^\s*(javascript|vbscript|data):/i.test(value)) return `it has a ${name} that is not a link`;
    }
  }
  return null;
}

// Fetches a page file from beside this file, on this page's origin only, and
// returns its checked page element, or the status it came with.
async function fetchPage(file, route, notFound) {
  const url = new URL(here(file));
  if (url.origin !== location.origin) throw new Error(`the app's files are on ${url.origin}, another site: its pages are shown only from this one`);
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) return { status: response.status };
  const type = response.headers.get("content-type") || "";
  if (response.redirected || !/^text\/html\b/.test(type)) throw new Error(`${file} did not come as the page built for it`);
  const body = new DOMParser().parseFromString(await response.text(), "text/html").body;
  const page = body.children.length === 1 ? body.firstElementChild : null;
  const problem = pageProblem(page, route, notFound);
  if (problem) throw new Error(`the page at ${file} is not shown: ${problem}`);
  return { page };
}

// The page for `route`: the page built for it; for a path that names no page,
// the page saying so (the server may send it in place of a page it does not
// have: deploy/nginx/snippets/occ-app-files.conf); for a page that was built
// but is missing from the server (embedded/pages.json lists every page
// built), or when that cannot be told, an error, so the person is offered
// Try again.
async function pageFor(route, included = null) {
  const path = route?.replace(/(.)\/$/, "$1");
  const file = route === null ? null : pageFile(route);
  if (file !== null) {
    // The page the host's server put in (docs/deploying.md, "A host that
    // includes the page on its server"), if it passes the same checks.
    const problem = included && pageProblem(included, path, true);
    if (problem) console.warn(`Careers in offender healthcare: the page the server put in is not used (${problem}); fetching it`);
    const { page, status } = included && !problem ? { page: included } : await fetchPage(file, path, true);
    if (page && !page.hasAttribute(ATTR.NOT_FOUND)) return page;
    if (!page && status !== 404) throw new Error(`the page built for ${path} did not come (status ${status})`);
    const built = await builtPages();
    if (built === null || built.includes(path)) throw new Error(`the page built for ${path} is not on the server`);
    if (page) return page;
  }
  const { page, status } = await fetchPage("embedded/not-found.html", null, true);
  if (!page) throw new Error(`the page for an address that names no page did not come (status ${status})`);
  return page;
}

// The routes of every page built, or null when they cannot be read.
async function builtPages() {
  const url = new URL(here("embedded/pages.json"));
  if (url.origin !== location.origin) return null;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    const list = response.ok ? await response.json() : null;
    return Array.isArray(list) ? list : null;
  } catch {
    return null;
  }
}

// What the root says of the page it shows: cleared when another is put in.
const PAGE_MARKS = [ATTR.STATIC, ATTR.PRERENDERED, ATTR.COMPLETE, ATTR.STARTED, ATTR.WAITING];

// Puts `page` into the root: its links under the host's base path, its
// content files at the host's content path, its title as the document's.
function putIn(root, page, settings) {
  for (const el of page.querySelectorAll("[href], [action]")) {
    for (const name of ["href", "action"]) {
      const value = el.getAttribute(name);
      if (value?.startsWith(PAGES_BASE)) el.setAttribute(name, settings.base + value.slice(PAGES_BASE.length));
    }
  }
  for (const mark of PAGE_MARKS) root.removeAttribute(mark);
  root.setAttribute(page.hasAttribute(ATTR.PROGRAM) ? ATTR.PRERENDERED : ATTR.STATIC, "");
  root.classList.remove("occ-start-failed");
  root.replaceChildren(...[...page.childNodes].map((node) => document.importNode(node, true)));
  if (page.getAttribute(ATTR.TITLE)) document.title = page.getAttribute(ATTR.TITLE);
}

function focusHeading(root) {
  const heading = root.querySelector("h1");
  if (!heading) return;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus();
}

// The message for a page that has not loaded, with Try again: the host's
// own words from its snippet (kept at the start), in place of the page.
function showPageFailure(root, hostMessage, error, retry) {
  console.error("Careers in offender healthcare could not show this page:", error);
  if (hostMessage) root.replaceChildren(hostMessage.cloneNode(true));
  for (const mark of PAGE_MARKS) root.removeAttribute(mark);
  root.classList.add("occ-start-failed");
  const message = root.querySelector(`.${CLASS.STATIC_FAILURE}`);
  if (!message) return;
  message.hidden = false;
  message.setAttribute("role", "alert");
  const again = document.createElement("button");
  again.type = "button";
  again.className = "occ-button";
  again.textContent = "Try again";
  again.addEventListener("click", retry);
  const line = document.createElement("p");
  line.append(again);
  message.append(line);
  return again;
}

function embed(root) {
  const settings = hostSettings(root);
  // The host's words for when a page has not loaded, kept for any later page.
  const hostMessage = [...root.children].find((el) => !el.matches(".occ-embedded-page") && (el.querySelector(`.${CLASS.STATIC_FAILURE}`) || el.matches(`.${CLASS.STATIC_FAILURE}`)))?.cloneNode(true);
  let shownRoute;
  let showing = 0;
  // Set once the whole app draws the pages (drawFromPublished): links, back
  // and forward are then its own.
  let drawn = false;

  // Shows the page at `url`: fetched first, so the page shown stays while the
  // next one comes; the last link followed wins.
  async function show(url, { push, focus, included = null }) {
    const ticket = ++showing;
    const route = routeOf(settings.base, url.pathname);
    root.setAttribute("aria-busy", "true");
    let page;
    let error;
    let changed = false;
    try {
      page = await pageFor(route, included);
      changed = await outOfDate(builtApp(page), settings.content);
    } catch (e) {
      error = e;
    }
    if (ticket !== showing || drawn) return;
    if (changed) {
      // From now on the whole app draws every page in the host's element.
      drawn = true;
      if (push) history.pushState(null, "", url.href);
      try {
        await drawFromPublished(root, hostMessage?.cloneNode(true));
      } catch (e) {
        showFailure(e);
      }
      return;
    }
    root.removeAttribute("aria-busy");
    // The parts of the page shown let go of it (src/web/islands.rs).
    unmountParts();
    if (push) history.pushState(null, "", url.href);
    shownRoute = route;
    if (error) {
      const again = showPageFailure(root, hostMessage, error, () => show(new URL(location.href), { push: false, focus: true }));
      if (focus) again?.focus();
      return;
    }
    putIn(root, page, settings);
    if (focus) focusHeading(root);
    try {
      await startPage(root);
    } catch (e) {
      if (ticket === showing) showFailure(e);
    }
  }

  // A link to another of the app's pages, inside the host's element.
  root.addEventListener("click", (event) => {
    if (drawn || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest?.("a[href]");
    if (!link || !root.contains(link) || link.hasAttribute("download") || !["", "_self"].includes(link.getAttribute("target") || "")) return;
    // getAttribute: an SVG link's .href is not a string.
    const url = new URL(link.getAttribute("href"), location.href);
    if (url.origin !== location.origin || routeOf(settings.base, url.pathname) === null) return;
    // A place on the page shown is the browser's to go to.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    // A part's own SVG links (the map's) are followed by the part, which asks
    // by "occ-navigate" below.
    if (link instanceof SVGElement && root.hasAttribute(ATTR.STARTED) && link.closest(`[${ATTR.ISLAND}]`)) return;
    event.preventDefault();
    show(url, { push: true, focus: true });
  });
  // A part that moves to another page (the quiz's results, a map marker) asks
  // first (src/web/nav.rs, NAVIGATE_EVENT).
  window.addEventListener(EVENT.NAVIGATE, (event) => {
    if (drawn) return;
    const url = new URL(String(event.detail), location.href);
    if (url.origin !== location.origin || routeOf(settings.base, url.pathname) === null) return;
    event.preventDefault();
    show(url, { push: true, focus: true });
  });
  // Back and forward to another page; a move within the page shown (a
  // part's own query or fragment) is the part's. Listened for before any
  // program starts, so the parts of the page shown never hear of an address
  // that is another page's (they would read it as their own).
  window.addEventListener("popstate", (event) => {
    if (drawn || routeOf(settings.base, location.pathname) === shownRoute) return;
    event.stopImmediatePropagation();
    show(new URL(location.href), { push: false, focus: true });
  });
  window.addEventListener("hashchange", (event) => {
    if (!drawn && routeOf(settings.base, location.pathname) !== shownRoute) event.stopImmediatePropagation();
  });
  holdEarlyPresses(root);
  const included = root.querySelector(":scope > .occ-embedded-page");
  return show(new URL(location.href), { push: false, focus: false, included });
}

addStylesheet();
listenForOfflineCopy();
const root = appRoot();
// A host's page (a trust's own website): the host's element shows the app's
// pages, unless it embeds one part alone (data-island) or is the stand-alone
// site's (a page built in advance, or its app page, data-occ-app).
const hostPage = root && ![ATTR.HOST_ISLAND, ATTR.APP, ATTR.STATIC, ATTR.PRERENDERED].some((mark) => root.hasAttribute(mark));
listenForPanics();
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
  await embed(root);
} else if (changed) {
  try {
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
  fetchAhead(root);
  // Only once the program runs, so saving it for offline use never competes
  // with the first visit's own downloads.
  offline();
} catch (error) {
  showFailure(error);
}
