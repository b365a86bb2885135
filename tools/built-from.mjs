// What a page built in advance was built from: each content file the app read
// to draw it, with a hash of its bytes. tools/prerender.mjs writes the list on
// the page's `.occ-app` element (data-occ-built-from); occ-start.js hashes the
// files as they are published now and shows the page only when every hash is
// the same, else draws the page from the published files (docs/editing.md:
// an edit shows without a rebuild). Tested by tests/tools/built-from.test.mjs,
// which also holds occ-start.js's copy of contentHash to this one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ATTR } from "./contract.mjs";

export const ATTRIBUTE = ATTR.BUILT_FROM;

/// FNV-1a, 32 bits, of a file's bytes, as 8 hex digits: not a defence
/// against anyone (the files are the trust's own), only a way to tell an
/// edited file from the one a page was built from.
export function contentHash(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/// The attribute's value for the content files at `paths` (as the app fetched
/// them, such as /content/roles.json), read from `contentDir`: "file:hash"
/// pairs, sorted by name, separated by spaces.
export function builtFrom(contentDir, paths) {
  const names = [...new Set([...paths].map((path) => path.split("/").pop()))].sort();
  return names
    .map((name) => {
      if (!/^[a-z0-9-]+\.json$/.test(name)) throw new Error(`${name} is not a content file's name`);
      return `${name}:${contentHash(readFileSync(join(contentDir, name)))}`;
    })
    .join(" ");
}

/// `html` (what the app rendered in its element) with the attribute on its
/// first element, the app's `.occ-app`, which the stylesheet keeps out of
/// sight until occ-start.js has found the files unchanged.
export function markBuiltFrom(html, value) {
  const first = /^(\s*(?:<!---->)*\s*<div class="occ-app[^"]*")/;
  if (!first.test(html)) throw new Error("the app's render does not start with its .occ-app element");
  return html.replace(first, (tag) => `${tag} ${ATTRIBUTE}="${value}"`);
}
