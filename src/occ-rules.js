// Rules occ-start.js applies exactly as the app does, written once more in
// JavaScript because they run before any program has come. The build puts
// this file into occ-start.js (tools/post-build.mjs, where __OCC_RULES__
// stands); tests/tools/occ-rules.test.mjs holds each rule to the Rust one it
// restates, on the cases tests/shared_rules.rs writes out with the Rust
// rule's answers (tests/fixtures/shared-rules.json).

// A path's segments by the rules the app applies to data-base-path and
// data-content-path (src/domain/paths.rs, plain_path), or null: no scheme, no
// //host, no "..", no query, fragment or backslash; and no control character,
// space or "%", since browsers delete tabs and newlines inside a URL and read
// %2e as a dot.
export function plainSegments(raw) {
  // U+FEFF anywhere, even where trim() would take it away: Rust does not
  // count it as space, so the app refuses it.
  if (raw.includes("\uFEFF")) return null;
  const path = raw.trim();
  if (path.startsWith("//") || /[\u0000-\u001f\u007f-\u009f\s:?#\\%]/.test(path)) return null;
  const segments = path.split("/").filter(Boolean);
  return segments.some((s) => s === "." || s === "..") ? null : segments;
}

// A host's base path and content folder from what its page wrote, by the
// app's rules (src/domain/paths.rs: BasePath::parse, content_base).
export function hostPaths(basePath, contentPath) {
  const segments = plainSegments(basePath || "");
  const base = segments?.length ? `/${segments.join("/")}/` : "/";
  const raw = contentPath || "";
  const dir = plainSegments(raw);
  const content = !dir?.length ? `${base}content/` : raw.trim().startsWith("/") ? `/${dir.join("/")}/` : `${base}${dir.join("/")}/`;
  return { base, content };
}

// The app route for a path on the host's site (BasePath::route_of), or null
// when the path is outside the base path.
export function routeOf(base, path) {
  if (path.length + 1 === base.length && base.startsWith(path)) return "/";
  const trimmed = base.replace(/\/+$/, "");
  if (!path.startsWith(trimmed)) return null;
  const rest = path.slice(trimmed.length);
  if (rest && !rest.startsWith("/")) return null;
  return rest || "/";
}

// The app's order of vacancies (domain::vacancies::in_order) at the moment
// `now`: open first, soonest closing first; then closed, most recently
// closed first; a date that cannot be read (null) last. `closes` holds each
// vacancy's closing moment (data-occ-closes, milliseconds since 1970 UTC);
// the answer is their indices in order, equal ones as they came.
export function vacancyOrder(closes, now) {
  const key = (at) => (at === null ? [2, 0] : now < at ? [0, at] : [1, -at]);
  const keys = closes.map(key);
  return keys.map((_, i) => i).sort((a, b) => keys[a][0] - keys[b][0] || keys[a][1] - keys[b][1]);
}
