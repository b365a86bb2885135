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
  const message = root.querySelector(".occ-static-failure");
  if (message) {
    message.hidden = false;
    message.setAttribute("role", "alert");
  }
}

// Offline use, for the stand-alone site only (its index.html asks for it with
// <meta name="occ-offline">): a host's pages are outside the worker's reach.
// The worker says when it answered with a saved copy; the app shows a note.
function offline() {
  if (!("serviceWorker" in navigator) || !document.querySelector('meta[name="occ-offline"]')) return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "occ-offline-copy") {
      window.occOfflineCopy = true;
      window.dispatchEvent(new CustomEvent("occ-offline-copy"));
    }
  });
  navigator.serviceWorker.startMessages();
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
// no query, fragment or backslash.
const plainPath = (path) => !/^\/\/|[:?#\\]/.test(path) && !path.split("/").some((s) => s === "." || s === "..");

// The content files the built page's route needs, fetched beside the app's
// files (the app's own requests then find them).
function preloadContent() {
  const list = appRoot()?.dataset.occPreload || "";
  for (const href of list.split(" ").filter(plainPath)) {
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = new URL(href, document.baseURI).href;
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
// never loaded twice); else the whole app (a page with a query, a page that
// depends on the date, a host's page).
function programOf(root) {
  if (root?.hasAttribute("data-occ-static")) return null;
  if (!root?.hasAttribute("data-occ-prerendered")) return FILES;
  const names = new Set([...root.querySelectorAll("[data-occ-island]")].map((el) => el.dataset.occProgram));
  const [name] = names;
  return (names.size === 1 && PROGRAMS[name]) || FILES;
}

// Each vacancy carries the moment it closes (data-occ-closes, milliseconds
// since 1970 UTC, written by the app: DateTime::reached_at_millis), so the rule
// is the app's: closed from that moment on.
function markClosed(root, now) {
  for (const part of root.querySelectorAll('[data-occ-dated="part"]')) {
    let open = 0;
    for (const item of part.querySelectorAll("[data-occ-closes]")) {
      const closed = !(now < Number(item.dataset.occCloses));
      for (const words of item.querySelectorAll("[data-occ-closed]")) words.hidden = !closed;
      if (!closed) open++;
    }
    for (const none of part.querySelectorAll("[data-occ-none-open]")) none.hidden = open > 0;
  }
}

// Until the program has taken over a built page, its buttons have no handler:
// a press would do nothing, and a form's would reload the page and lose what
// the person chose. So a press is held: the button is marked
// (data-occ-pressed), a message says the page is getting ready, and the
// program presses it again once it has taken over (src/web/takeover.rs),
// with the fields as the person left them.
const PRESSED = "data-occ-pressed";
function holdEarlyPresses(root, within) {
  let status;
  const hold = (event) => {
    // Once a part's program has taken it over (or the whole app the page), the program handles it.
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

addStylesheet();
const root = appRoot();
const program = programOf(root);
if (!program) {
  enhance(root);
  // Complete as built: the same mark the app sets (src/web/takeover.rs).
  root.setAttribute("data-occ-complete", "");
  offline();
} else try {
  if (program !== FILES) enhance(root);
  // Only the parts a program runs wait for it; the whole app takes over all.
  if (root?.hasAttribute("data-occ-prerendered")) holdEarlyPresses(root, program === FILES ? `#${ROOT_ID}` : "[data-occ-island]");
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
