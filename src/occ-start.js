// Starts the app. The build (tools/post-build.mjs) writes this file as
// occ-start.js with the hashed names of this build's files filled in, so one
// stable URL always pairs matching JavaScript and WebAssembly. Everything is
// fetched relative to this file, so the same build runs at a site's root or
// inside a host page at any path. No inline script is needed, so the
// Content-Security-Policy needs no hash or 'unsafe-inline'.
const FILES = { js: "__OCC_JS__", wasm: "__OCC_WASM__", css: "__OCC_CSS__" };
// The island programs by name (src/islands/): { js, wasm } each.
const PROGRAMS = __OCC_PROGRAMS__;
const ROOT_ID = "offender-care-careers";
// Which program runs each part a host may embed alone (data-island="quiz"):
// the same pairs as the app's (src/domain/islands.rs, Island::program, whose
// test reads this table).
const ISLAND_PROGRAMS = { "quiz": "quiz", "quiz-results": "quiz", "pay": "pay", "sites": "sites", "roles": "roles", "compare": "roles", "pathways": "roles", "check": "check" };

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
  const root = document.getElementById(ROOT_ID) || document.body;
  root.classList.add("occ-start-failed");
  // The built part is better than nothing, with the message saying it does not work.
  for (const part of root.querySelectorAll(`[${WAITING}]`)) {
    part.removeAttribute(WAITING);
    part.querySelector(".occ-getting-ready")?.remove();
  }
  const message = root.querySelector(".occ-static-failure");
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
    if (event.data && event.data.type === "occ-offline-copy") {
      window.occOfflineCopy = true;
      window.dispatchEvent(new CustomEvent("occ-offline-copy"));
    }
  });
  navigator.serviceWorker.startMessages();
}

function offline() {
  if (!offlineWanted()) return;
  navigator.serviceWorker.register(here("sw.js")).catch((error) => console.warn("Offline use is not available:", error));
}

// On a page built in advance (tools/prerender.mjs) the words are already
// there: let them paint before the app's files start to download, so on a
// slow connection the page is not kept waiting behind them. The timer covers
// a tab in the background, where frames are not drawn.
function afterFirstPaint() {
  if (!appRoot()?.hasAttribute("data-occ-prerendered")) return Promise.resolve();
  return new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, 500);
  });
}

// The app's own element: settings are read from it alone, never from
// anywhere else in a host's page.
const appRoot = () => document.getElementById(ROOT_ID);

// A path on this site, by the rules the app applies to data-base-path and
// data-content-path (src/domain/paths.rs): no scheme, no //host, no "..",
// no query, fragment or backslash; and no control character, space or "%",
// since browsers delete tabs and newlines inside a URL and read %2e as a dot.
// Then, built against this page's origin (never document.baseURI, which a
// <base> element can point elsewhere), the URL must still be on it.
function onThisSite(path) {
  if (/^\/\/|[:?#\\%\s\u0000-\u001f\u007f]/.test(path) || path.split("/").some((s) => s === "." || s === "..")) return null;
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

// The content files the built page's route needs, fetched beside the app's
// files (the app's own requests then find them).
function preloadContent() {
  const list = appRoot()?.dataset.occPreload || "";
  for (const href of list.split(" ").map(onThisSite).filter(Boolean)) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.append(link);
  }
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
    document.getElementById("occ-main")?.focus();
  });
  markClosed(root, Date.now());
  const note = root.querySelector(".occ-offline-note");
  const showNote = () => note && (note.hidden = false);
  if (window.occOfflineCopy) showNote();
  window.addEventListener("occ-offline-copy", showNote);
  root.querySelector("[data-occ-reload]")?.addEventListener("click", () => location.reload());
}

// The program a page runs: none on a light page; on a page built with parts
// to operate, the one program they name (one per page, so the runtime is
// never loaded twice); on a host's page that embeds one part alone, that
// part's program; else the whole app (a page that depends on the date, a
// host's page that embeds it all).
function programOf(root) {
  if (root?.hasAttribute("data-occ-static")) return null;
  if (root?.hasAttribute("data-island")) {
    const name = root.getAttribute("data-island");
    const program = Object.hasOwn(ISLAND_PROGRAMS, name) && PROGRAMS[ISLAND_PROGRAMS[name]];
    if (!program) throw new Error(`data-island="${name}" names no part that can be embedded alone`);
    return program;
  }
  if (!root?.hasAttribute("data-occ-prerendered")) return FILES;
  // tools/prerender.mjs builds no page whose parts name two programs.
  const names = new Set([...root.querySelectorAll("[data-occ-island]")].map((el) => el.dataset.occProgram));
  const [name] = names;
  if (names.size !== 1 || !Object.hasOwn(PROGRAMS, name)) throw new Error(`the page's parts name no one program: ${[...names].join(", ")}`);
  return PROGRAMS[name];
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
  for (const part of root.querySelectorAll('[data-occ-dated="part"]')) {
    let open = 0;
    for (const item of part.querySelectorAll("[data-occ-closes]")) {
      const closed = !(now < Number(item.dataset.occCloses));
      item.dataset.occState = closed ? "closed" : "open";
      for (const words of item.querySelectorAll("[data-occ-closed]")) words.hidden = !closed;
      for (const words of item.querySelectorAll("[data-occ-open]")) words.hidden = closed;
      if (!closed) open++;
    }
    for (const tag of part.querySelectorAll("[data-occ-changes]")) {
      const changes = JSON.parse(tag.dataset.occChanges);
      const [, words, state] = changes.findLast(([from]) => from <= now) || changes[0];
      tag.textContent = words;
      tag.dataset.occState = state;
    }
    for (const none of part.querySelectorAll("[data-occ-none-open]")) none.hidden = open > 0;
    // Words that hold from a moment on, such as the notice that pay rates' period has ended.
    for (const later of part.querySelectorAll("[data-occ-from]")) later.hidden = now < Number(later.dataset.occFrom);
    for (const count of part.querySelectorAll("[data-occ-open-count]")) {
      const words = JSON.parse(count.dataset.occOpenCount);
      count.textContent = words[Math.min(open, words.length - 1)];
    }
    for (const list of part.querySelectorAll("[data-occ-in-order]")) inOrder(list, now);
  }
}

// The app's order (domain::vacancies::in_order): open first, soonest closing
// first; then closed, most recently closed first; a date that cannot be read
// (no data-occ-closes) last.
function inOrder(list, now) {
  const key = (item) => {
    if (!item.hasAttribute("data-occ-closes")) return [2, 0];
    const closes = Number(item.dataset.occCloses);
    return now < closes ? [0, closes] : [1, -closes];
  };
  const items = [...list.children].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  list.append(...items);
}

// Until the program has taken over a built page, its buttons have no handler:
// a press would do nothing, and a form's would reload the page and lose what
// the person chose. So a press is held: the button is marked
// (data-occ-pressed), a message says the page is getting ready, and the
// program presses it again once it has taken over (src/web/takeover.rs),
// with the fields as the person left them.
const PRESSED = "data-occ-pressed";
function holdEarlyPresses(root) {
  const within = "[data-occ-island]";
  let status;
  const hold = (event) => {
    // Once a part's program has taken it over, the program handles it.
    if (event.target.closest?.("[data-occ-started]")) return;
    const control = event.type === "submit" ? event.submitter : event.target.closest?.("button");
    if (event.type === "submit" && event.target.closest?.(within)) event.preventDefault();
    if (!control || !control.closest(within) || control.closest(".occ-static-failure")) return;
    event.preventDefault();
    for (const other of root.querySelectorAll(`[${PRESSED}]`)) other.removeAttribute(PRESSED);
    control.setAttribute(PRESSED, "");
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
// message that says so; the program's swap clears the mark
// (src/web/takeover.rs, WAITING).
const WAITING = "data-occ-waiting";
function waitForAddress(root) {
  for (const part of root.querySelectorAll("[data-occ-island]")) {
    const snapshot = part.hasAttribute("data-occ-snapshot");
    if (!snapshot && !location.search && !location.hash) continue;
    part.setAttribute(WAITING, "");
    const status = document.createElement("p");
    status.className = "occ-getting-ready";
    status.setAttribute("role", "status");
    part.prepend(status);
    // Filled after it is in the page, so screen readers announce it.
    const words = snapshot ? "Checking the content files as they are now." : "Getting this page ready for the link you followed.";
    setTimeout(() => (status.textContent = words), 50);
  }
}

addStylesheet();
listenForOfflineCopy();
const root = appRoot();
let program;
try {
  const elsewhere = baseElsewhere();
  if (elsewhere) throw new Error(`the page's <base> element points to ${elsewhere}, another site: the app does not start under it`);
  program = programOf(root);
} catch (error) {
  showFailure(error);
}
if (program === null) {
  enhance(root);
  // Complete as built: the same mark the app sets (src/web/takeover.rs).
  root.setAttribute("data-occ-complete", "");
  offline();
} else if (program) try {
  if (root?.hasAttribute("data-occ-prerendered")) {
    enhance(root);
    waitForAddress(root);
    holdEarlyPresses(root);
  }
  await afterFirstPaint();
  preloadContent();
  // The WebAssembly downloads while the JavaScript that loads it does.
  const wasm = fetch(here(program.wasm));
  // Handled by init below; without this a failed download is reported as
  // unhandled while the JavaScript is still arriving.
  wasm.catch(() => {});
  const { default: init } = await import(here(program.js));
  await init({ module_or_path: wasm });
  // Only once the program runs, so saving it for offline use never competes
  // with the first visit's own downloads.
  offline();
} catch (error) {
  showFailure(error);
}
