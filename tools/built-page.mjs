// How tools/prerender.mjs makes a page built in advance from the app page
// (index.html) and what the app rendered for one route. Tested by
// tests/tools/built-page.test.mjs.

export const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/// The app's mount element in index.html, up to the end of the body.
export const MOUNT = /<div id="offender-care-careers"([^>]*)>[\s\S]*<\/div>(\s*<\/body>)/;

/// The built page: the shell with the route's title, without the preloads of
/// the app's files (nothing but the page downloads before it has painted), and
/// with the rendered app in the mount element, listing the content files for
/// occ-start.js to fetch after the paint. Every replacement is a function:
/// a string replacement would read `$&` or `$'` in a title or in content as
/// a pattern and mangle the page.
export function builtPage(shell, { title, app, content }) {
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(title)}</title>`)
    .replace(/<link rel="modulepreload"[^>]*>/, () => "")
    .replace(/<link rel="preload"[^>]*type="application\/wasm"[^>]*>/, () => "")
    .replace(MOUNT, (_, attributes, end) =>
      `<div id="offender-care-careers"${attributes} data-occ-prerendered data-occ-preload="${escape([...content].sort().join(" "))}">${app}</div>${end}`);
}
