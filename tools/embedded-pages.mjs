// The app's pages built for a host's element (a trust's own website that
// embeds the app): what tools/prerender.mjs writes to dist/embedded/ and
// occ-start.js reads back (its pageFile and pageProblem). Tested by
// tests/tools/embedded-pages.test.mjs.
//
// Each page is drawn by the app as a host's page draws it (data-chrome="host",
// the host owning its head) under a base path of its own, PAGES_BASE, which
// occ-start.js puts the host's base path in place of in every link. A page is
// one element that carries what occ-start.js needs to show it: the build it
// is from, its route, its title and the program its part needs (the content
// files it was drawn from are named on its .occ-app, tools/built-from.mjs).
import { escape } from "./built-page.mjs";
import { ATTR, ROOT_ID } from "./contract.mjs";

/// The base path the pages are built under: a plain path (src/domain/paths.rs)
/// that no host uses for its own pages.
export const PAGES_BASE = "/occ-pages-base/";
/// Where the app's files are, in the head tags a host's server includes
/// (embeddedHead): the server writes the path it serves dist/ at in its place.
export const FILES_BASE = "/occ-files-base/";
/// Where in dist/ the pages are, beside occ-start.js.
export const PAGES_DIR = "embedded";
/// The page for an address under the base path that names no page.
export const NOT_FOUND_FILE = `${PAGES_DIR}/not-found.html`;
/// The head tags for the page not found (embeddedHead).
export const NOT_FOUND_HEAD_FILE = `${PAGES_DIR}/not-found-head.html`;
/// Every route a page was built for, so occ-start.js can tell a page missing
/// from the server (Try again) from an address that names none (not found).
export const PAGES_LIST_FILE = `${PAGES_DIR}/pages.json`;

/// The file of the page built for an app route such as `/` or `/roles/x`.
export function pageFile(route) {
  const path = route.replace(/\/$/, "");
  if (!/^(\/[a-z0-9-]+)*$/.test(path)) throw new Error(`no page can be built for the route ${JSON.stringify(route)}`);
  return `${PAGES_DIR}${path}/index.html`;
}

/// The file of the head tags of the page built for `route` (embeddedHead).
export function headFile(route) {
  return pageFile(route).replace(/index\.html$/, "head.html");
}

/// The head tags a host's server may include in its page's head with the
/// page (docs/deploying.md, "A host that includes the page on its server"):
/// the page's title and its description, `noindex` where the stand-alone
/// site's page has it (`head`: the head tags the app wrote there; null for
/// the page not found, which search engines leave out), and the app's
/// stylesheet (`css`, its file's name), so the page is styled without
/// JavaScript too. Not its canonical link or link-preview tags, which name
/// the stand-alone site's addresses.
export function embeddedHead({ title, head, css }) {
  if (!/^[a-z0-9_.-]+\.css$/.test(css)) throw new Error(`${css} is not the stylesheet's name`);
  const description = head?.match(/<meta name="description" content="[^"]*">/)?.[0];
  const noindex = head === null || /<meta name="robots" content="[^"]*noindex/.test(head);
  return [
    `<title>${escape(title)}</title>`,
    ...(description ? [description] : []),
    ...(noindex ? ['<meta name="robots" content="noindex">'] : []),
    `<link rel="stylesheet" href="${FILES_BASE}${css}">`,
  ].join("\n") + "\n";
}

/// The page's file: `app` is what the app rendered in its element (HTML),
/// `route` null for the page not found. Links in `app` under PAGES_BASE only
/// in an href or a form's action, which occ-start.js rewrites.
export function embeddedPage({ build, route, title, program = null, app }) {
  if (!/^[0-9a-f]{8,}$/.test(build)) throw new Error(`the build's name ${JSON.stringify(build)} is not one occ-start.js writes`);
  const placed = app.split(PAGES_BASE).length - 1;
  const inLinks = (app.match(/\s(href|action)="\/occ-pages-base\//g) || []).length;
  if (placed !== inLinks) throw new Error(`${route ?? "the page not found"}: the base path is in the page ${placed} times, ${inLinks} of them in links`);
  const attributes = [
    `${ATTR.BUILD}="${build}"`,
    route === null ? ATTR.NOT_FOUND : `${ATTR.ROUTE}="${escape(route.replace(/(.)\/$/, "$1"))}"`,
    `${ATTR.TITLE}="${escape(title)}"`,
    ...(program ? [`${ATTR.PROGRAM}="${escape(program)}"`] : []),
  ];
  return `<div class="occ-embedded-page" ${attributes.join(" ")}>${app}</div>\n`;
}

/// The page the app renders a host's element from: the stand-alone app page
/// (index.html) with the host's settings on its element, and no offline worker.
export function hostShell(shell) {
  const mount = new RegExp(`<div id="${ROOT_ID}"[^>]*>`);
  if (!mount.test(shell)) throw new Error(`index.html has no element #${ROOT_ID}`);
  return shell
    .replace(/\s*<meta name="occ-offline"[^>]*>/, () => "")
    .replace(mount, () => `<div id="${ROOT_ID}" ${ATTR.BASE_PATH}="${PAGES_BASE}" ${ATTR.CONTENT_PATH}="/content/" ${ATTR.CHROME}="host" ${ATTR.APP}>`);
}
