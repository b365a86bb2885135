// The site's files beside its pages (tools/site-files.mjs): run by tools/test
// with `node --test`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { faviconIco, iconPng, iconSvg, manifest, publicOrigin, robotsTxt, sitemapXml, DEFAULT_ORIGIN, NHS_BLUE } from "../../tools/site-files.mjs";

/// Width, height and pixel rows of a PNG, checking every chunk's CRC on the way.
function readPng(png) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width, height;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === "IDAT") data.push(body);
    at += 12 + length;
  }
  return { width, height, rows: inflateSync(Buffer.concat(data)) };
}

test("the PNG icons are real PNGs of their size, blue with white steps", () => {
  for (const size of [16, 48, 192]) {
    const { width, height, rows } = readPng(iconPng(size));
    assert.equal(width, size);
    assert.equal(height, size);
    assert.equal(rows.length, size * (size * 4 + 1));
    const pixel = (x, y) => [...rows.subarray(y * (size * 4 + 1) + 1 + x * 4, y * (size * 4 + 1) + 1 + x * 4 + 4)];
    assert.deepEqual(pixel(0, 0), [0x00, 0x5e, 0xb8, 255], "NHS blue in the corner");
    // The tallest step, near the bottom right.
    assert.deepEqual(pixel(Math.floor(size * 0.75), Math.floor(size * 0.75)), [255, 255, 255, 255]);
  }
  // The same bytes every time: nothing to check in by hand.
  assert.deepEqual(iconPng(32), iconPng(32));
});

test("favicon.ico holds PNGs at 16, 32 and 48 pixels", () => {
  const ico = faviconIco();
  assert.equal(ico.readUInt16LE(2), 1, "an icon");
  assert.equal(ico.readUInt16LE(4), 3);
  for (let i = 0; i < 3; i++) {
    const entry = 6 + 16 * i;
    const size = ico[entry];
    const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
    assert.equal(readPng(ico.subarray(offset, offset + length)).width, size);
  }
});

test("the SVG icon is NHS blue", () => {
  assert.match(iconSvg(), new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg"[^>]*><rect width="64" height="64" fill="${NHS_BLUE}"/>`));
});

test("the manifest names the trust from its content", () => {
  const site = { site_name: "Careers in offender healthcare", trust_name: "Example NHS Trust", trust_short_name: "Example", summary: "Say \"hi\" <b>" };
  const m = JSON.parse(manifest(site));
  assert.equal(m.name, "Careers in offender healthcare - Example NHS Trust");
  assert.equal(m.short_name, "Example careers");
  assert.equal(m.description, site.summary);
  assert.equal(m.theme_color, NHS_BLUE);
  assert.ok(m.icons.some((i) => i.sizes === "512x512") && m.icons.some((i) => i.sizes === "192x192"));
});

test("the public origin is only a scheme and host", () => {
  assert.equal(publicOrigin(undefined), DEFAULT_ORIGIN);
  assert.equal(publicOrigin("https://careers.example.nhs.uk"), "https://careers.example.nhs.uk");
  assert.equal(publicOrigin("https://careers.example.nhs.uk/"), "https://careers.example.nhs.uk");
  for (const bad of ["careers.example.nhs.uk", "https://x.example/careers", "https://x.example/?a=1", "https://u:p@x.example", "javascript:alert(1)", "ftp://x.example"]) {
    assert.throws(() => publicOrigin(bad), /OCC_PUBLIC_ORIGIN/, bad);
  }
});

test("robots.txt allows everything and names the sitemap", () => {
  const robots = robotsTxt("https://x.example");
  assert.match(robots, /^User-agent: \*$/m);
  assert.match(robots, /^Disallow:$/m);
  assert.match(robots, /^Sitemap: https:\/\/x\.example\/sitemap\.xml$/m);
});

test("sitemap.xml lists each page once, escaped, with lastmod where given", () => {
  const xml = sitemapXml("https://x.example", [{ path: "/roles" }, { path: "/", lastmod: undefined }, { path: "/vacancies/a&b", lastmod: "2026-01-05" }]);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  assert.deepEqual([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]), ["https://x.example/", "https://x.example/roles", "https://x.example/vacancies/a&amp;b"]);
  assert.match(xml, /<loc>https:\/\/x.example\/vacancies\/a&amp;b<\/loc><lastmod>2026-01-05<\/lastmod>/);
  assert.equal((xml.match(/<lastmod>/g) || []).length, 1);
});

test("the public origin is put on the app's element once", async () => {
  const { withSiteOrigin } = await import("../../tools/site-files.mjs");
  const html = '<body><div id="offender-care-careers" data-base-path="/" data-head="app"><p>x</p></div></body>';
  const once = withSiteOrigin(html, "https://a.example");
  assert.ok(once.includes('<div id="offender-care-careers" data-base-path="/" data-head="app" data-site-origin="https://a.example">'));
  const twice = withSiteOrigin(once, "https://b.example");
  assert.equal((twice.match(/data-site-origin/g) || []).length, 1);
  assert.ok(twice.includes('data-site-origin="https://b.example"'));
});
