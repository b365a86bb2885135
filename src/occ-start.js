// Starts the app. The build (tools/post-build.mjs) writes this file as
// occ-start.js with the hashed names of this build's files filled in, so one
// stable URL always pairs matching JavaScript and WebAssembly. Everything is
// fetched relative to this file, so the same build runs at a site's root or
// inside a host page at any path. No inline script is needed, so the
// Content-Security-Policy needs no hash or 'unsafe-inline'.
const FILES = { js: "__OCC_JS__", wasm: "__OCC_WASM__", css: "__OCC_CSS__" };
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

addStylesheet();
try {
  const { default: init } = await import(here(FILES.js));
  await init({ module_or_path: here(FILES.wasm) });
  // Only once the app runs, so saving it for offline use never competes with
  // the first visit's own downloads.
  offline();
} catch (error) {
  showFailure(error);
}
