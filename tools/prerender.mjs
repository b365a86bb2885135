// Builds each page of the stand-alone site as HTML, so its content paints
// before the app's WebAssembly has arrived, and can be read with JavaScript off.
//   node tools/prerender.mjs [dist]      after `trunk build --release`
// Run it again after editing content/: until then the built pages show the old
// content until the app has started (the app always shows the current files).
//
// The app itself renders each page in Chromium, from the built files, and the
// result is written to dist/prerendered/<path>/index.html. nginx sends that
// file for a request to its path, with or without a query
// (deploy/nginx/site.conf). A page with a part a person operates
// (`data-occ-island`, src/domain/islands.rs) loads that part's program, which
// takes it over (occ-start.js swaps it in) and reads any query; any other page
// loads no program at all, and occ-start.js brings the parts that depend on
// the moment (`data-occ-dated="part"`: which vacancies are open, their order
// and how long each has left, src/web/components/dated.rs) up to date. Pages
// are found by following the app's links from /, so a new role, prison or page
// is built without a list to keep.
//
// Each page's head tags (description, canonical link, link previews, a
// vacancy's job posting) are the ones the app wrote (src/domain/head.rs), at
// the site's public address (OCC_PUBLIC_ORIGIN, tools/site-files.mjs), which
// index.html passes to the app as data-site-origin. Also
// written: sitemap.xml (every page built that search engines may list, with a
// job posting's date as its lastmod), robots.txt and manifest.webmanifest.
// Vacancies open and close by date: run this again each day vacancies are
// listed (a closed post's job posting and sitemap entry go at the next run).
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { brotli, gzip, launchOptions } from "./browser-and-bytes.mjs";
import { chromium } from "playwright-core";
import { openRendered } from "./rendered.mjs";
import { fillWords, readSite } from "./words.mjs";
import { MOUNT, builtPage } from "./built-page.mjs";
import { manifest, publicOrigin, robotsTxt, sitemapXml, withSiteOrigin } from "./site-files.mjs";
import { builtFrom, markBuiltFrom } from "./built-from.mjs";
import { ATTR, ROOT_ID } from "./contract.mjs";
import { NOT_FOUND_FILE, NOT_FOUND_HEAD_FILE, PAGES_BASE, PAGES_DIR, PAGES_LIST_FILE, embeddedHead, embeddedPage, headFile, hostShell, pageFile } from "./embedded-pages.mjs";

const root = new URL("..", import.meta.url).pathname;
const dist = resolve(process.argv[2] || join(root, "dist"));
const OUT = "prerendered";
const fail = (message) => {
  console.error(`prerender: ${message}`);
  process.exit(1);
};

const shellPath = join(dist, "index.html");
if (!existsSync(shellPath)) fail(`no ${shellPath}: build first (trunk build --release)`);
// The trust's words in index.html come from site.json (tools/words.mjs): filled
// in again here, so an edit to site.json reaches the plain page too.
let shell;
let site;
let origin;
try {
  site = readSite(join(dist, "content"));
  origin = publicOrigin();
  shell = withSiteOrigin(fillWords(readFileSync(shellPath, "utf8"), site), origin);
} catch (e) {
  fail(e.message);
}
writeFileSync(join(dist, "manifest.webmanifest"), manifest(site));
const writeCompressed = (path, body) => {
  writeFileSync(path, body);
  writeFileSync(`${path}.br`, brotli(body));
  writeFileSync(`${path}.gz`, gzip(body));
};
writeCompressed(shellPath, shell);
if (!MOUNT.test(shell)) fail(`index.html has no mount element #${ROOT_ID} before </body>`);
if (!shell.includes(`${ATTR.BASE_PATH}="/"`)) fail('index.html must be built for the base path "/"');
rmSync(join(dist, OUT), { recursive: true, force: true });
rmSync(join(dist, PAGES_DIR), { recursive: true, force: true });
// The app page as a host's page has it, for the pages built for a host's element.
const hostPage = hostShell(shell);
// This build's name, as occ-start.js has it (tools/post-build.mjs): each page
// built for a host's element carries it, and occ-start.js shows no other build's.
const build = (readFileSync(join(dist, "occ-start.js"), "utf8").match(/^const BUILD = "([0-9a-f]+)";$/m) || [])[1];
if (!build) fail("occ-start.js names no build (const BUILD): build first (trunk build --release)");
// The app's stylesheet, for the head tags a host's server includes.
const css = (readFileSync(join(dist, "occ-start.js"), "utf8").match(/^const FILES = \{[^}]*css: "([^"]+)"/m) || [])[1];
if (!css) fail("occ-start.js names no stylesheet (const FILES): build first (trunk build --release)");

// Where else to find jobs: index.html's own message for when the app cannot start says it.
const whereElse = (shell.match(new RegExp(`<div class="occ-static-failure" hidden>[\\s\\S]*?<p ${ATTR.WORDS}="where-else">([\\s\\S]*?)</p>\\s*</div>`)) || [])[1];
if (!whereElse) fail("index.html's .occ-static-failure has no paragraph with links");
// Shown only when the app cannot start or JavaScript is off: the page itself is readable.
const FAILURE_NOTE = `
<div class="occ-static-failure occ-static-failure--page" hidden>
<h2>This page has not fully loaded</h2>
<p>You can read it, but its filters, buttons and forms will not work. Check your internet connection and reload the page.</p>
<p>${whereElse}</p>
</div>`;
const STATIC_NOTES = `
<noscript><div class="occ-inset"><p>You can read this page without JavaScript, but the filters, the quiz and the pay calculator need it. Turn on JavaScript in your browser settings and reload the page to use them.</p></div></noscript>
<div class="occ-static-failure occ-static-failure--page" hidden>
<h2>This page has not fully loaded</h2>
<p>You can read it, but its filters, buttons and forms will not work. Check your internet connection and reload the page.</p>
<p>${whereElse}</p>
</div>`;

// Files as they are; content that is missing is a real 404; any other path
// is the app's page, which shows whichever route was asked for (as nginx does).
// Not the project's nginx (tools/serve-dist.mjs): rebuilding the pages after a
// content edit then needs only Node and Chromium.
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  let file = join(dist, normalize(path));
  const found = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
  if (!found && path.startsWith("/content/")) {
    res.writeHead(404).end();
    return;
  }
  // Under the pages' own base path, the app page as a host's page has it.
  const body = found ? readFileSync(file) : path.startsWith(PAGES_BASE) ? hostPage : shell;
  res.writeHead(200, { "Content-Type": TYPES[extname(found ? file : shellPath)] || "application/octet-stream" });
  res.end(body);
});
await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(launchOptions());
const page = await (await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } })).newPage();
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
let content = new Set();
page.on("request", (r) => {
  const url = new URL(r.url());
  if (url.origin === base && url.pathname.startsWith("/content/")) content.add(url.pathname);
});

// What the app shows in its element, with the page's title and head tags.
const capture = (page) =>
  page.evaluate(({ ROOT_ID, ATTR }) => {
    const root = document.getElementById(ROOT_ID);
    // getAttribute: an SVG link's .href is not a string.
    const links = [...root.querySelectorAll("a[href]")].map((a) => new URL(a.getAttribute("href"), location.href).href);
    if (root.querySelector(".occ-error-summary")) return { error: root.querySelector(".occ-error-summary").innerText, links };
    // The tags the app keeps in the head (src/domain/head.rs, head_tags).
    const tags = [...document.head.querySelectorAll('meta[name="description"], meta[name="robots"], link[rel="canonical"], meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"]')];
    const posting = document.head.querySelector('script[type="application/ld+json"]');
    const head = {
      html: tags.map((t) => t.outerHTML).join("\n  "),
      listed: !document.head.querySelector('meta[name="robots"][content~="noindex"]'),
      posted: posting ? JSON.parse(posting.textContent).datePosted : undefined,
    };
    const copy = root.cloneNode(true);
    // Form fields the app set as properties become attributes, so the built
    // page shows the same choices (and its fields start from them).
    const live = [...root.querySelectorAll("input, select, textarea")];
    [...copy.querySelectorAll("input, select, textarea")].forEach((field, i) => {
      const now = live[i];
      if (field.tagName === "SELECT") {
        [...field.options].forEach((option, j) => option.toggleAttribute("selected", now.options[j].selected));
      } else if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", now.checked);
      } else if (field.tagName === "TEXTAREA") {
        field.textContent = now.value;
      } else {
        field.setAttribute("value", now.value);
      }
    });
    // A part a person operates needs a program (src/domain/islands.rs); a
    // part inside it whose program comes when it is used is not counted.
    const operable = !!root.querySelector(`[${ATTR.ISLAND}]`);
    const programs = [...new Set([...root.querySelectorAll(`[${ATTR.ISLAND}]:not([${ATTR.ON_USE}])`)].map((el) => el.getAttribute(ATTR.PROGRAM)))];
    return { title: document.title, head, html: copy.innerHTML, links, operable, programs };
  }, { ROOT_ID, ATTR });

// What the app drew, marked with the content it was drawn from
// (tools/built-from.mjs): occ-start.js shows it only while those files are
// published unchanged.
const fromContent = (html, content, page) => {
  try {
    const from = builtFrom(join(dist, "content"), [...content].map((path) => path.replace(/^\/content\//, "")));
    return from ? markBuiltFrom(html, from) : html;
  } catch (e) {
    fail(`${page}: ${e.message}`);
  }
};

const writeBuilt = (path, html) => {
  const dir = join(dist, OUT, path);
  mkdirSync(dir, { recursive: true });
  writeCompressed(join(dir, "index.html"), Buffer.from(html));
};
const listed = [];
// Each page's head tags, for the head a host's server can include (embeddedHead).
const headOf = new Map();
// Pages found by following links from /, and three no link leads to: the
// quiz's results (reached by the quiz's last Next) and the comparison (chosen
// on the role list), whose built page is the empty state their program
// replaces with what the address holds, and the editors' check, which no page
// links to (deploy/nginx/site.conf sends its built page).
const queue = ["/", "/quiz/results", "/roles/compare", "/check"];
const seen = new Set(queue);
const built = [];
const light = [];
while (queue.length) {
  const path = queue.shift();
  content = new Set();
  await openRendered(page, base + path);
  const got = await capture(page);
  if (problems.length) fail(`${path}: ${problems.join("; ")}`);
  if (got.error) fail(`${path} shows an error: ${got.error}`);
  for (const href of got.links) {
    const url = new URL(href);
    if (url.origin !== base || url.search || url.pathname.startsWith("/content/") || seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    queue.push(url.pathname);
  }
  const head = got.head.html;
  headOf.set(path, head);
  if (got.head.listed) listed.push({ path, lastmod: got.head.posted });
  // One program per page, so the runtime never loads twice (src/domain/islands.rs).
  if (got.operable && got.programs.length !== 1) fail(`${path} has parts of more than one program: ${got.programs.join(", ")}`);
  const drawn = fromContent(got.html, content, path);
  const firstHeading = drawn.indexOf("</h1>");
  if (firstHeading < 0) fail(`${path} has no h1`);
  // What needs JavaScript is said only where something does.
  const app = got.operable ? drawn.slice(0, firstHeading + 5) + STATIC_NOTES + drawn.slice(firstHeading + 5) : drawn;
  // No program downloads before the page has painted: the shell's preloads
  // of the app's files go. The route's content files are preloaded, for
  // occ-start.js to check the page against (and, on a page with a part to
  // operate, for its program). A page with no part loads no program.
  const html = builtPage(shell, { build, title: got.title, head, app, content, operable: got.operable });
  if (/<link rel="modulepreload"|type="application\/wasm"/.test(html)) fail(`${path}: a preload of the app's files is left in the built page`);
  writeBuilt(path, html);
  (got.operable ? built : light).push(path);
}

// The same pages as a host's element shows them (occ-start.js), drawn with the
// host's chrome under the pages' own base path, and the page for an address
// that names none. Each carries this build's name, its route, its title, and
// the program and content files of its part.
const writeCompressedFile = (file, body) => {
  const path = join(dist, file);
  mkdirSync(dirname(path), { recursive: true });
  writeCompressed(path, Buffer.from(body));
};
const pages = [...light, ...built];
for (const route of [...pages, null]) {
  content = new Set();
  await openRendered(page, base + PAGES_BASE + (route === null ? "occ-no-such-page" : route.slice(1)));
  const got = await capture(page);
  if (problems.length) fail(`${route} for a host's element: ${problems.join("; ")}`);
  if (got.error) fail(`${route} for a host's element shows an error: ${got.error}`);
  if (got.operable && got.programs.length !== 1) fail(`${route} for a host's element has parts of more than one program: ${got.programs.join(", ")}`);
  // Whether an address names a page at all depends on every content file (a
  // vacancy added since the build has an address no page was built for): the
  // page not found is out of date when any of them has changed.
  const drawnFrom = route === null ? readdirSync(join(dist, "content")).filter((name) => name.endsWith(".json")) : content;
  const drawn = fromContent(got.html, drawnFrom, `${route} for a host's element`);
  const firstHeading = drawn.indexOf("</h1>");
  if (firstHeading < 0) fail(`${route} for a host's element has no h1`);
  const app = got.operable ? drawn.slice(0, firstHeading + 5) + FAILURE_NOTE + drawn.slice(firstHeading + 5) : drawn;
  try {
    const html = embeddedPage({ build, route, title: got.title, program: got.operable ? got.programs[0] : null, app });
    writeCompressedFile(route === null ? NOT_FOUND_FILE : pageFile(route), html);
    writeCompressedFile(route === null ? NOT_FOUND_HEAD_FILE : headFile(route), embeddedHead({ title: got.title, head: route === null ? null : headOf.get(route), css }));
  } catch (e) {
    fail(e.message);
  }
}
writeCompressedFile(PAGES_LIST_FILE, JSON.stringify(pages.sort()));
await browser.close();
server.close();
writeFileSync(join(dist, "robots.txt"), robotsTxt(origin));
writeFileSync(join(dist, "sitemap.xml"), sitemapXml(origin, listed));
console.log(`prerender: built ${light.length} pages that load no program in ${OUT}/: ${light.join(" ")}`);
console.log(`prerender: built ${built.length} pages with a part to operate, which load its program (src/bin/): ${built.join(" ")}`);
console.log(`prerender: built the same ${pages.length} pages and the page not found for a host's element in ${PAGES_DIR}/`);
console.log(`prerender: sitemap.xml lists ${listed.length} pages at ${origin}; robots.txt names it`);
