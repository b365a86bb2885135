// What a page built in advance was built from (tools/built-from.mjs), and
// occ-start.js's copy of the hash: run by tools/test with `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtFrom, contentHash, markBuiltFrom } from "../../tools/built-from.mjs";

test("the hash is FNV-1a of 32 bits, in 8 hex digits", () => {
  assert.equal(contentHash(Buffer.from("")), "811c9dc5");
  assert.equal(contentHash(Buffer.from("hello")), "4f9f2cab");
  assert.equal(contentHash(Buffer.from("a")), "e40c292c");
});

test("occ-start.js hashes a file as the build does", () => {
  const start = readFileSync(new URL("../../src/occ-start.js", import.meta.url), "utf8");
  const source = start.match(/^function contentHash\(bytes\) \{\n[\s\S]*?\n\}$/m);
  assert.ok(source, "occ-start.js has no function contentHash(bytes)");
  const theirs = new Function(`${source[0]}; return contentHash;`)();
  const samples = [Buffer.from(""), Buffer.from('{"title": "Nurse – band 5 £"}'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))];
  for (const bytes of samples) assert.equal(theirs(new Uint8Array(bytes)), contentHash(bytes));
});

test("a page names each file it was drawn from once, sorted, with its hash", () => {
  const dir = mkdtempSync(join(tmpdir(), "occ-built-from-"));
  writeFileSync(join(dir, "roles.json"), "[]");
  writeFileSync(join(dir, "site.json"), "{}");
  assert.equal(builtFrom(dir, ["site.json", "roles.json", "site.json"]), `roles.json:${contentHash(Buffer.from("[]"))} site.json:${contentHash(Buffer.from("{}"))}`);
  assert.equal(builtFrom(dir, []), "");
  assert.throws(() => builtFrom(dir, ["/content/notes.txt"]), /not a content file/);
  assert.throws(() => builtFrom(dir, ["gone.json"]), /ENOENT/);
});

test("an edit changes the hash", () => {
  assert.notEqual(contentHash(Buffer.from('{"title":"Nurse"}')), contentHash(Buffer.from('{"title":"Nurses"}')));
});

test("the mark goes on the app's own element, and only there", () => {
  const html = '<!----><div class="occ-app occ-app--host-chrome"><h1>x</h1><div class="occ-app">y</div></div>';
  const marked = markBuiltFrom(html, "site.json:0123abcd");
  assert.equal(marked, '<!----><div class="occ-app occ-app--host-chrome" data-occ-built-from="site.json:0123abcd"><h1>x</h1><div class="occ-app">y</div></div>');
  assert.throws(() => markBuiltFrom("<p>no app</p>", "site.json:0123abcd"), /\.occ-app/);
});
