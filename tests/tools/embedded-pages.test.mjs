// The pages built for a host's element (tools/embedded-pages.mjs): where each
// is written, what it carries, and what the build refuses to write. Run by
// tools/test with `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PAGES_BASE, FILES_BASE, embeddedHead, embeddedPage, headFile, hostShell, pageFile } from "../../tools/embedded-pages.mjs";

const BUILD = "d1a05147ddd72116";

test("each route's page has its own folder, as occ-start.js looks for it", () => {
  assert.equal(pageFile("/"), "embedded/index.html");
  assert.equal(pageFile("/roles"), "embedded/roles/index.html");
  assert.equal(pageFile("/roles/"), "embedded/roles/index.html");
  assert.equal(pageFile("/roles/registered-nurse"), "embedded/roles/registered-nurse/index.html");
  assert.equal(headFile("/roles/compare"), "embedded/roles/compare/head.html");
  assert.equal(headFile("/"), "embedded/head.html");
  for (const bad of ["/Roles", "/roles//x", "/../x", "/roles?x=1", "roles", "/a.b"]) assert.throws(() => pageFile(bad), /no page/, bad);
});

test("a page carries its build, route, title and program, with its words as written", () => {
  const app = `<div class="occ-app"><h1>Pay $& more</h1><a href="${PAGES_BASE}roles">Roles</a></div>`;
  const page = embeddedPage({ build: BUILD, route: "/pay", title: 'Pay "and" <benefits>', program: "pay", app });
  assert.ok(page.startsWith(`<div class="occ-embedded-page" data-occ-build="${BUILD}" data-occ-route="/pay" data-occ-title="Pay &quot;and&quot; &lt;benefits&gt;" data-occ-program="pay">`), page);
  assert.ok(page.includes(app));
  const light = embeddedPage({ build: BUILD, route: "/about", title: "About", app: "<h1>About</h1>" });
  assert.ok(!light.includes("data-occ-program"), light);
  const notFound = embeddedPage({ build: BUILD, route: null, title: "Page not found", app: "<h1>Page not found</h1>" });
  assert.ok(notFound.includes("data-occ-not-found") && !notFound.includes("data-occ-route"), notFound);
});

test("the build refuses a page whose base path is anywhere but at the start of a link", () => {
  const inText = `<h1>x</h1><p>Go to ${PAGES_BASE}roles</p>`;
  assert.throws(() => embeddedPage({ build: BUILD, route: "/", title: "x", app: inText }), /base path is in the page 1 times, 0 of them in links/);
  const inData = `<h1>x</h1><div data-x="${PAGES_BASE}roles"></div><a href="${PAGES_BASE}">Home</a>`;
  assert.throws(() => embeddedPage({ build: BUILD, route: "/", title: "x", app: inData }), /2 times, 1 of them/);
  assert.throws(() => embeddedPage({ build: "not a build", route: "/", title: "x", app: "<h1>x</h1>" }), /build/);
});

test("the head tags a host's server includes: title, description, noindex where due, and the stylesheet", () => {
  const head = '<meta name="description" content="About the &quot;trust&quot;."><link rel="canonical" href="https://x.example/about"><meta property="og:title" content="About">';
  assert.equal(
    embeddedHead({ title: "About <us>", head, css: "main-1a2b.css" }),
    `<title>About &lt;us&gt;</title>\n<meta name="description" content="About the &quot;trust&quot;.">\n<link rel="stylesheet" href="${FILES_BASE}main-1a2b.css">\n`,
  );
  const results = embeddedHead({ title: "Your results", head: '<meta name="description" content="x"><meta name="robots" content="noindex">', css: "main-1.css" });
  assert.ok(results.includes('<meta name="robots" content="noindex">'));
  assert.ok(embeddedHead({ title: "Page not found", head: null, css: "main-1.css" }).includes('<meta name="robots" content="noindex">'));
  assert.throws(() => embeddedHead({ title: "x", head: null, css: '"><script>' }), /stylesheet/);
});

test("the app page becomes a host's page: the host's settings, the app page's mark, no offline worker", () => {
  const shell = `<html><head><meta name="occ-offline" content="yes"><title>x</title></head><body><div id="offender-care-careers" data-base-path="/" data-head="app" data-trust-name="T" data-occ-app><p>Loading</p></div></body></html>`;
  const host = hostShell(shell);
  assert.ok(host.includes(`<div id="offender-care-careers" data-base-path="${PAGES_BASE}" data-content-path="/content/" data-chrome="host" data-occ-app><p>Loading</p>`), host);
  assert.ok(!host.includes("occ-offline") && !host.includes('data-head="app"'));
  assert.throws(() => hostShell("<html></html>"), /offender-care-careers/);
});
