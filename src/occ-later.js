// The rest of the app's start-up, after src/occ-start.js (which says why it
// is a file of its own): it takes over a built part once its program has drawn
// it, shows the pages of a host's element, draws a page again from changed
// content, and says when a program has stopped. The build (tools/post-build.mjs)
// writes it beside occ-start.js, named by a hash of its text, with the names it
// shares with the app filled in; this build's file names and its name come
// from occ-start.js, so that the same text is always the same file.
__OCC_RULES__

const here = (name) => new URL(name, import.meta.url).href;

// What occ-start.js shares with this file: given once, by start. Its
// constants (what they are: there) ...
let FILES, PROGRAMS, BUILD, PAGES_BASE, ISLAND_PROGRAMS;
// ... and its functions.
let appRoot, enhance, holdEarlyPresses, hostSettings, outOfDate, builtApp, programOf, readAhead, run, showFailure, waitForAddress, waitOn, isRunning, pageFile, takePrefetched;

// Called once by occ-start.js: from now on each part a program mounts is
// taken over, and a panic is said.
export function start(shared) {
  ({ FILES, PROGRAMS, BUILD, PAGES_BASE, ISLAND_PROGRAMS } = shared);
  ({ appRoot, enhance, holdEarlyPresses, hostSettings, outOfDate, builtApp, programOf, readAhead, run, showFailure, waitForAddress, waitOn, isRunning, pageFile, takePrefetched } = shared);
  listenForPanics();
  window.addEventListener(EVENT.MOUNTED, (event) => partsMounted(event.detail));
  return { embed, drawFromPublished, pageFailure, fetchAhead };
}

// A panic stops a program where it happens (src/web/config.rs): the browser
// is left with an uncaught WebAssembly.RuntimeError, the part may be half
// drawn, and nothing in it answers any more. The app's element then says so
// in place of what it showed, once, with a way to try again. On a trust's
// page only an error from the app's own files counts (its stack names one),
// never one from the host's own WebAssembly.
function listenForPanics() {
  if (typeof WebAssembly === "undefined") return;
  const root = appRoot();
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
      if (fetchedAhead.has(name) || isRunning(name) || navigator.connection?.saveData) return;
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
  const response = await (takePrefetched(url.href) || fetch(url, { credentials: "same-origin" }));
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
