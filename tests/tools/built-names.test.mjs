// The build's file names as Trunk writes them, and the nginx rule that caches
// them: run by tools/test with `node --test` (no browser, no build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BUILT_NAME, builtNames, islandNames, ISLAND_NAME, LATER_NAME, laterName, rehashed } from "../../tools/built-names.mjs";

const root = new URL("../..", import.meta.url).pathname;
const build = (hash) => [
  `offender-care-careers-${hash}.js`,
  `offender-care-careers-${hash}_bg.wasm`,
  `main-${hash}.css`,
  "occ-start.js",
  "index.html",
];
// Trunk formats a 64-bit hash with `{:x}`: no leading zeros, so shorter hashes happen.
const hashes = ["b28a96e6322a0b42", "8a96e6322a0b42f", "7"];

test("the build's files are found whatever the hash's length", () => {
  for (const hash of hashes) {
    assert.deepEqual(builtNames(build(hash)), {
      js: `offender-care-careers-${hash}.js`,
      wasm: `offender-care-careers-${hash}_bg.wasm`,
      css: `main-${hash}.css`,
    });
  }
});

test("a missing or doubled file is named", () => {
  assert.throws(() => builtNames(build("abc").filter((n) => !n.endsWith(".css"))), /expected one hashed stylesheet, found 0/);
  assert.throws(() => builtNames([...build("abc"), "main-def.css"]), /found 2: main-abc\.css, main-def\.css/);
  assert.throws(() => builtNames(["offender-care-careers-ABC.js"]), /hashed JavaScript file, found 0/);
});

test("names in a text are found whatever the hash's length", () => {
  const text = `import("./offender-care-careers-8a96e6322a0b42f.js"); link("main-7.css")`;
  assert.deepEqual(text.match(BUILT_NAME), ["offender-care-careers-8a96e6322a0b42f.js", "main-7.css"]);
});

test("nginx caches every hashed file for a year, and nothing else", () => {
  const conf = readFileSync(`${root}deploy/nginx/snippets/occ-app-files.conf`, "utf8");
  const immutable = [...conf.matchAll(/location ~ "([^"]+)" \{([^}]*)\}/g)].filter(([, , body]) => body.includes("immutable"));
  assert.equal(immutable.length, 1, "one location marks files immutable");
  // nginx's PCRE and JavaScript read this pattern the same way.
  const rule = new RegExp(immutable[0][1]);
  for (const hash of hashes) {
    for (const name of Object.values(builtNames(build(hash)))) assert.ok(rule.test(`/careers/${name}`), name);
    // The island programs, named by tools/post-build.mjs.
    for (const name of Object.values(islandNames("quiz", hash))) assert.ok(rule.test(`/careers/${name}`), name);
  }
  for (const name of ["occ-start.js", "sw.js", "index.html", "content/roles.json", "content/site.json", "map.svg", "island-quiz.js", "check-worker_bg.wasm"]) {
    assert.ok(!rule.test(`/careers/${name}`), name);
  }
});

test("a redeploy's names differ, keep their kind and may be short", () => {
  const name = "offender-care-careers-b28a96e6322a0b42_bg.wasm";
  const other = rehashed(name, 15);
  assert.notEqual(other, name);
  assert.match(other, /^offender-care-careers-[1-9a-f][0-9a-f]{0,14}_bg\.wasm$/);
  assert.deepEqual(builtNames(build("1").map((n) => rehashed(n, 15))).css, rehashed("main-1.css", 15));
});

test("an island program's names carry its content's hash as Trunk writes one, and are found in a text", () => {
  assert.deepEqual(islandNames("sites", "00c0ffee"), { js: "island-sites-c0ffee.js", wasm: "island-sites-c0ffee_bg.wasm" });
  assert.deepEqual(islandNames("pay", "0123456789abcdef0123"), { js: "island-pay-123456789abcdef0.js", wasm: "island-pay-123456789abcdef0_bg.wasm" });
  const text = `{"quiz":{"js":"island-quiz-8a9.js","wasm":"island-quiz-8a9_bg.wasm"}}`;
  assert.deepEqual(text.match(ISLAND_NAME), ["island-quiz-8a9.js", "island-quiz-8a9_bg.wasm"]);
  // Not the app's files: a test renaming those leaves the programs alone.
  assert.equal(text.match(BUILT_NAME), null);
});

test("the rest of the start-up is named by its text's hash as Trunk writes one, and is found in a text", () => {
  assert.equal(laterName("00c0ffee"), "occ-later-c0ffee.js");
  assert.equal(laterName("0123456789abcdef0123"), "occ-later-123456789abcdef0.js");
  const text = `const LATER = "occ-later-8a9.js";`;
  assert.deepEqual(text.match(LATER_NAME), ["occ-later-8a9.js"]);
  // Not one of the files a new build renames with the app's (tests/e2e/deploy.spec.mjs).
  assert.equal(text.match(BUILT_NAME), null);
});
