// How tools/prerender.mjs makes a page built in advance from the app page
// (index.html) and what the app rendered for one route. Tested by
// tests/tools/built-page.test.mjs.

export const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/// The app's mount element in index.html, up to the end of the body.
export const MOUNT = new RegExp(`<div id="${ROOT_ID}"([^>]*)>[\\s\\S]*</div>(\\s*</body>)`);

/// The shell's description, where the page's own head tags go.
const DESCRIPTION = /<meta name="description" content="[^"]*">/;

/// The built page: the shell with the route's title and head tags (`head`:
/// the description, canonical link and link-preview tags the app wrote, as
/// HTML), without the preloads of the app's files (no program downloads
/// before the page has painted), and with the rendered app in the mount
/// element. The content files the page was drawn from (`content`, as the app
/// fetched them) are preloaded: occ-start.js checks them against the page
/// (tools/built-from.mjs) before the page is shown, and hands them to the
/// page's program. A page with a part to operate (`operable`) is taken over
/// by that program (`data-occ-prerendered`); any other page is complete as it is
/// (`data-occ-static`): occ-start.js loads no program for it. The page names
/// its build (`build`, as occ-start.js and sw.js have it: data-occ-build), so
/// neither pairs it with another build's files. Every
/// replacement is a function: a string replacement would read `$&` or `$'`
/// in a title or in content as a pattern and mangle the page.
import { ATTR, ROOT_ID } from "./contract.mjs";
export function builtPage(shell, { build, title, head = null, app, content = [], operable = true }) {
  if (!/^[0-9a-f]{8,}$/.test(build || "")) throw new Error(`${build} is not a build's name`);
  let page = shell.replace(/<title>[^<]*<\/title>/, () => `<title>${escape(title)}</title>`);
  if (head !== null) {
    if (!DESCRIPTION.test(page)) throw new Error("index.html has no <meta name=\"description\"> for the page's head tags");
    page = page.replace(DESCRIPTION, () => head);
  }
  const files = [...content].sort();
  for (const file of files) if (!/^\/([a-z0-9-]+\/)*[a-z0-9-]+\.json$/.test(file)) throw new Error(`${file} is not a content file's path`);
  const preloads = files.map((file) => `<link rel="preload" href="${file}" as="fetch" crossorigin>`).join("\n  ");
  return page
    .replace(/<link rel="modulepreload"[^>]*>/, () => "")
    .replace(/<link rel="preload"[^>]*type="application\/wasm"[^>]*>/, () => "")
    .replace(/\s*<\/head>/, (end) => (preloads ? `\n  ${preloads}${end}` : end))
    .replace(MOUNT, (_, attributes, end) => {
      const state = operable ? ATTR.PRERENDERED : ATTR.STATIC;
      // Not the app page (data-occ-app, which runs the whole app): a built page.
      return `<div id="${ROOT_ID}"${attributes.replace(new RegExp(`\\s+${ATTR.APP}(?=[\\s>]|$)`), "")} ${ATTR.BUILD}="${build}" ${state}>${app}</div>${end}`;
    });
}
