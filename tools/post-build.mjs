// Trunk post_build hook: writes occ-start.js, the one stable script a page
// loads, with this build's hashed file names filled in (see src/occ-start.js),
// and checks that index.html has no inline script, so the Content-Security-Policy
// can stay `script-src 'self' 'wasm-unsafe-eval'`.
import { createHash } from "node:crypto";
import { brotli, gzip } from "./browser-and-bytes.mjs";
import { builtNames, islandNames, laterName } from "./built-names.mjs";
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fillWords, readSite } from "./words.mjs";
import { iconFiles, manifest } from "./site-files.mjs";
import { PAGES_BASE } from "./embedded-pages.mjs";
import { CONTRACT } from "./contract.mjs";

const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail("TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");

let names;
try {
  names = builtNames(readdirSync(dir));
} catch (e) {
  fail(e.message);
}

// The island programs (src/bin/, built by Trunk as worker assets, which
// it does not hash): named here by their content, as Trunk names the app's
// files, so they can be cached for good and a deploy never mixes them.
const programs = {};
for (const file of readdirSync(dir).sort()) {
  const program = file.match(/^island-([a-z]+)\.js$/)?.[1];
  if (!program) continue;
  const wasm = `island-${program}_bg.wasm`;
  if (!existsSync(join(dir, wasm))) fail(`the build has ${file} but no ${wasm}`);
  const hash = createHash("sha256").update(readFileSync(join(dir, file))).update(readFileSync(join(dir, wasm))).digest("hex");
  const named = islandNames(program, hash);
  renameSync(join(dir, file), join(dir, named.js));
  renameSync(join(dir, wasm), join(dir, named.wasm));
  programs[program] = named;
}
if (!Object.keys(programs).length) fail("the build has no island programs (island-*.js)");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// A script's names from the contract, put in as their values: each
// ATTR.ISLAND becomes "data-occ-island", so the file every page downloads is
// no larger than with the names written out, and a name the contract does
// not have fails the build here rather than the page.
const NAME_TABLES = ["ATTR", "EVENT", "GLOBAL", "CLASS"];
function withNames(script, file) {
  return script.replace(new RegExp(`\\b(${NAME_TABLES.join("|")})\\.([A-Z_]+)\\b`, "g"), (_, table, key) => {
    if (!Object.hasOwn(CONTRACT[table], key)) fail(`${file} names ${table}.${key}, which src/contract.json does not have`);
    return JSON.stringify(CONTRACT[table][key]);
  });
}
// The rules the start-up applies as the app does, kept in a module of their
// own so they can be tested against the Rust ones (src/occ-rules.js).
const rules = readFileSync(join(root, "src", "occ-rules.js"), "utf8");
if (/^\s*(import|export\s+(default|\{|\*))/m.test(rules)) fail("src/occ-rules.js may only export declarations, and import nothing");
/// src/<file> as it is sent: the rules put in its __OCC_RULES__, its comments
/// left out, and the contract's names put in as their values.
function startScript(file) {
  let text = readFileSync(join(root, "src", file), "utf8");
  if (!text.includes("__OCC_RULES__")) fail(`src/${file} has no __OCC_RULES__`);
  text = text.replace("__OCC_RULES__", () => rules.replace(/^export /gm, ""));
  // Its comments are for the people who read src/<file>; every page that
  // downloads it waits for it, and they are four in ten of its compressed
  // bytes. Whole-line comments only, which is safe while no template literal
  // spans lines (a line of one could start with //).
  const lines = text.split("\n");
  const spanning = lines.findIndex((line) => (line.match(/`/g) || []).length % 2 === 1);
  if (spanning >= 0) fail(`src/${file} line ${spanning + 1}: a template literal spans lines, so its comments cannot be left out safely`);
  if (/\/\*/.test(text)) fail(`src/${file} has a /* comment: write // comments, which the build leaves out`);
  text = lines.filter((line) => !/^\s*(\/\/.*)?$/.test(line)).join("\n") + "\n";
  return withNames(text, `src/${file}`);
}
// The rest of the start-up (src/occ-later.js), named by a hash of its text
// as Trunk names the app's files: it names none of this build's files, so
// the same name is always the same text, and it is cached for good.
const laterText = startScript("occ-later.js");
if (/__OCC_/.test(laterText)) fail("src/occ-later.js has a __OCC_ marker to fill: give it what it needs from occ-start.js instead");
const later = laterName(createHash("sha256").update(laterText).digest("hex"));
writeFileSync(join(dir, later), laterText);
let start = startScript("occ-start.js");
// What it shares with the app (src/domain/contract.rs, written out as src/contract.json).
if (!start.includes("__OCC_CONTRACT__")) fail("src/occ-start.js has no __OCC_CONTRACT__");
start = start.replace("__OCC_CONTRACT__", () =>
  JSON.stringify({ ROOT_ID: CONTRACT.ROOT_ID, MAIN_ID: CONTRACT.MAIN_ID, ISLAND_PROGRAMS: CONTRACT.ISLAND_PROGRAMS }),
);
if (!start.includes("__OCC_LATER__")) fail("src/occ-start.js has no __OCC_LATER__");
start = start.replace("__OCC_LATER__", () => later);
if (!start.includes("__OCC_PROGRAMS__")) fail("src/occ-start.js has no __OCC_PROGRAMS__");
start = start.replace("__OCC_PROGRAMS__", () => JSON.stringify(programs));
for (const [key, name] of Object.entries(names)) {
  const marker = `__OCC_${key.toUpperCase()}__`;
  if (!start.includes(marker)) fail(`src/occ-start.js has no ${marker}`);
  start = start.replace(marker, () => name);
}
// The base path the pages for a host's element are built under (tools/embedded-pages.mjs).
if (!start.includes("__OCC_PAGES_BASE__")) fail("src/occ-start.js has no __OCC_PAGES_BASE__");
start = start.replace("__OCC_PAGES_BASE__", () => PAGES_BASE);

// The service worker: this build's version and the files to keep for offline use.
const buildFiles = ["occ-start.js", names.js, names.wasm, names.css];
const programFiles = Object.values(programs).flatMap((p) => [p.js, p.wasm]);
const contentFiles = readdirSync(join(dir, "content"))
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => `content/${name}`);
const version = createHash("sha256").update(JSON.stringify([buildFiles, programFiles, start])).digest("hex").slice(0, 16);
// The build's name in occ-start.js: the pages built for a host's element carry
// it (tools/prerender.mjs), and occ-start.js shows no other build's.
if (!start.includes("__OCC_BUILD__")) fail("src/occ-start.js has no __OCC_BUILD__");
start = start.replace("__OCC_BUILD__", () => version);
writeFileSync(join(dir, "occ-start.js"), start);
let sw = readFileSync(join(root, "src", "sw.js"), "utf8");
for (const [marker, value] of [
  ["__OCC_VERSION__", version],
  ["__OCC_BUILD_FILES__", JSON.stringify(buildFiles)],
  // The rest of the start-up is saved as the programs are, once a page uses it.
  ["__OCC_PROGRAM_FILES__", JSON.stringify([later, ...programFiles])],
  ["__OCC_CONTENT_FILES__", JSON.stringify(contentFiles)],
]) {
  if (!sw.includes(marker)) fail(`src/sw.js has no ${marker}`);
  sw = sw.replace(marker, () => value);
}
sw = withNames(sw, "src/sw.js");
writeFileSync(join(dir, "sw.js"), sw);

// The trust's words in index.html, from the content (tools/words.mjs).
let html;
try {
  html = fillWords(readFileSync(join(dir, "index.html"), "utf8"), readSite(join(dir, "content")));
} catch (e) {
  fail(e.message);
}
writeFileSync(join(dir, "index.html"), html);
// The icons and the web app manifest index.html links (tools/site-files.mjs).
for (const [name, body] of Object.entries(iconFiles())) writeFileSync(join(dir, name), body);
writeFileSync(join(dir, "manifest.webmanifest"), manifest(readSite(join(dir, "content"))));
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attrs, body] = match;
  if (!/\bsrc\s*=/.test(attrs) || body.trim() !== "") fail(`index.html has an inline script: ${match[0].slice(0, 80)}`);
}
if (!/<script type="module" src="[^"]*occ-start\.js"><\/script>/.test(html)) fail("index.html does not load occ-start.js");
// Compressed once here at the highest settings, so nginx can send them as they
// are (gzip_static, brotli_static) instead of compressing on every request at a
// lower setting. The content files are left out: they are edited in place.
// The editors' check worker's files (fetched only on /check) are Trunk's too;
// its loader (about 50 bytes) would only grow, as nginx knows (gzip_min_length).
// Not sw.js and occ-start.js: they are the files an operator replaces by hand
// (the kill switch copies deploy/sw-off.js over sw.js), and nginx sends a
// precompressed copy without looking at the file beside it, so a copy left
// from the build would be sent in the new file's place. nginx compresses
// them as it sends them (occ-start.js 8,417 bytes at brotli 6 where the
// build's brotli 11 was 7,670).
const checkWorker = ["check-worker.js", "check-worker_bg.wasm"];
for (const name of checkWorker) if (!existsSync(join(dir, name))) fail(`the build has no ${name}`);
let saved = 0;
for (const name of [names.js, names.wasm, names.css, later, "index.html", ...checkWorker, ...programFiles]) {
  const body = readFileSync(join(dir, name));
  const br = brotli(body);
  writeFileSync(join(dir, `${name}.br`), br);
  writeFileSync(join(dir, `${name}.gz`), gzip(body));
  saved += br.length;
}
console.log(`post-build: precompressed build files, ${saved} bytes as brotli`);
console.log(`post-build: occ-start.js loads ${later} once it needs it, and ${names.js} and ${names.wasm}, or a page's own program: ${programFiles.join(" ")}; sw.js version ${version}`);
