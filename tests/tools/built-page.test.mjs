// A page built in advance keeps its title and content as written, whatever
// characters they hold: run by tools/test with `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { builtPage } from "../../tools/built-page.mjs";

const BUILD = "0123456789abcdef";

const SHELL = `<!DOCTYPE html><html><head><title>Careers</title>
<link rel="modulepreload" href="/app-1.js"><link rel="preload" href="/app-1_bg.wasm" as="fetch" type="application/wasm">
</head><body><div id="offender-care-careers" data-base-path="/"><p>Loading</p></div>
</body></html>`;

test("a title or content with $& or $' in it is written as it is", () => {
  const title = "Pay $& pensions $' and $1 - Trust";
  const app = "<h1>Pay: $&amp; more</h1><p>Save $' and $` here</p>";
  const page = builtPage(SHELL, { build: BUILD, title, app, content: ["/content/pay.json"] });
  assert.ok(page.includes("<title>Pay $&amp; pensions $' and $1 - Trust</title>"), page);
  assert.ok(page.includes(app), page);
  assert.ok(!page.includes("modulepreload") && !page.includes("application/wasm"));
  assert.ok(page.includes("data-occ-prerendered>"));
  assert.ok(page.includes('<link rel="preload" href="/content/pay.json" as="fetch" crossorigin>'));
  assert.equal((page.match(/<title>/g) || []).length, 1);
});

test("markup in a title is escaped", () => {
  const page = builtPage(SHELL, { build: BUILD, title: "<script>x</script>", app: "<h1>x</h1>", content: [] });
  assert.ok(page.includes("<title>&lt;script&gt;x&lt;/script&gt;</title>"));
});

const WITH_DESCRIPTION = SHELL.replace("</title>", '</title><meta name="description" content="The site.">');

test("a page's own head tags take the shell's description's place", () => {
  const head = '<meta name="description" content="A role."><link rel="canonical" href="https://x.example/roles/a">';
  const page = builtPage(WITH_DESCRIPTION, { build: BUILD, title: "A - Trust", head, app: "<h1>A</h1>", content: [] });
  assert.ok(page.includes(head));
  assert.ok(!page.includes("The site."));
  assert.throws(() => builtPage(SHELL, { build: BUILD, title: "A", head, app: "<h1>A</h1>" }), /description/);
});

test("a page with nothing to operate is marked complete as it is, and preloads only the content it is checked against", () => {
  const page = builtPage(SHELL, { build: BUILD, title: "About - Trust", app: "<h1>About</h1>", content: ["/content/organisation.json"], operable: false });
  assert.ok(page.includes(`<div id="offender-care-careers" data-base-path="/" data-occ-build="${BUILD}" data-occ-static><h1>About</h1></div>`), page);
  assert.ok(!page.includes("data-occ-prerendered") && !page.includes("data-occ-preload"));
  assert.ok(!page.includes("modulepreload") && !page.includes("application/wasm"));
  assert.equal((page.match(/<link rel="preload"[^>]*>/g) || []).join(), '<link rel="preload" href="/content/organisation.json" as="fetch" crossorigin>');
  assert.ok(page.indexOf('href="/content/organisation.json"') < page.indexOf("</head>"));
});

test("only content files are preloaded", () => {
  assert.throws(() => builtPage(SHELL, { build: BUILD, title: "A", app: "<h1>A</h1>", content: ['/content/x.json"><script>'] }), /content file/);
  assert.throws(() => builtPage(SHELL, { build: BUILD, title: "A", app: "<h1>A</h1>", content: ["https://elsewhere.example/x.json"] }), /content file/);
});

test("a built page is not the app page: its element loses data-occ-app", () => {
  const shell = SHELL.replace('data-base-path="/"', 'data-base-path="/" data-occ-app');
  const page = builtPage(shell, { build: BUILD, title: "About - Trust", app: "<h1>About</h1>", operable: false });
  assert.ok(page.includes(`<div id="offender-care-careers" data-base-path="/" data-occ-build="${BUILD}" data-occ-static><h1>About</h1></div>`), page);
});

test("a built page names its build, which must be one", () => {
  const page = builtPage(SHELL, { build: BUILD, title: "A", app: "<h1>A</h1>" });
  assert.ok(page.includes(`<div id="offender-care-careers" data-base-path="/" data-occ-build="${BUILD}" data-occ-prerendered>`), page);
  assert.throws(() => builtPage(SHELL, { title: "A", app: "<h1>A</h1>" }), /build/);
  assert.throws(() => builtPage(SHELL, { build: '1" onload="x', title: "A", app: "<h1>A</h1>" }), /build/);
});
