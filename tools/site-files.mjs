// The stand-alone site's files beside its pages: the icon (SVG, PNG, ICO), the
// web app manifest (from the content's site.json), robots.txt and sitemap.xml.
// Written by the post-build hook (icons, manifest) and by tools/prerender.mjs
// (manifest again after a content edit, robots.txt, sitemap.xml), so they are
// rebuilt by the same commands as the pages. Tested by tests/tools/site-files.test.mjs.
import { deflateSync } from "node:zlib";
import { escape } from "./built-page.mjs";
import { ATTR, ROOT_ID } from "./contract.mjs";

/// NHS.UK colours (NHS identity guidelines): NHS blue, and white.
export const NHS_BLUE = "#005eb8";
const BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

/// Where the site is published, for absolute URLs (canonical links, the
/// sitemap): `OCC_PUBLIC_ORIGIN`, such as `https://careers.example.nhs.uk`.
/// Without it, the address `tools/serve` uses, for local runs.
export const DEFAULT_ORIGIN = "http://127.0.0.1:8080";
export function publicOrigin(value = process.env.OCC_PUBLIC_ORIGIN) {
  const raw = (value || DEFAULT_ORIGIN).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OCC_PUBLIC_ORIGIN ${JSON.stringify(raw)} is not an address like https://careers.example.nhs.uk`);
  }
  const plain = /^https?:$/.test(url.protocol) && !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash;
  if (!plain || !/^https?:\/\/[^/?#]+\/?$/.test(raw)) {
    throw new Error(`OCC_PUBLIC_ORIGIN ${JSON.stringify(raw)} must be only a scheme and host, like https://careers.example.nhs.uk (the site is published at its root)`);
  }
  return url.origin;
}

/// index.html with the public origin on the app's element (`data-site-origin`),
/// where the app reads it for canonical links (src/web/config.rs).
export function withSiteOrigin(html, origin) {
  const mount = new RegExp(`<div id="${ROOT_ID}"([^>]*)>`);
  if (!mount.test(html)) throw new Error(`index.html has no mount element #${ROOT_ID}`);
  return html.replace(mount, (_, attributes) => `<div id="${ROOT_ID}"${attributes.replace(new RegExp(` ${ATTR.SITE_ORIGIN}="[^"]*"`), "")} ${ATTR.SITE_ORIGIN}="${origin}">`);
}

// The icon: three white steps rising on NHS blue (a career's next steps), on a
// 64-unit square. One list of shapes makes the SVG and every bitmap.
const STEPS = [
  [12, 40, 26, 52],
  [26, 28, 39, 52],
  [39, 14, 52, 52],
];

export function iconSvg() {
  const rects = STEPS.map(([x0, y0, x1, y1]) => `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" fill="#fff"/>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${NHS_BLUE}"/>${rects}</svg>\n`;
}

/// RGBA pixels of the icon at `size`: each pixel's share of white is the
/// exact area the steps cover in it, so edges are smooth and the bytes the same
/// on every machine.
function pixels(size) {
  const unit = 64 / size;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const [x0, y0] = [px * unit, py * unit];
      let white = 0;
      for (const [a, b, c, d] of STEPS) {
        const w = Math.max(0, Math.min(x0 + unit, c) - Math.max(x0, a));
        const h = Math.max(0, Math.min(y0 + unit, d) - Math.max(y0, b));
        white += (w * h) / (unit * unit);
      }
      const i = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) out[i + k] = Math.round(BLUE[k] + (WHITE[k] - BLUE[k]) * Math.min(1, white));
      out[i + 3] = 255;
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

export function iconPng(size) {
  const rgba = pixels(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/// favicon.ico: PNG images at 16, 32 and 48 pixels, which every current browser reads.
export function faviconIco(sizes = [16, 32, 48]) {
  const images = sizes.map(iconPng);
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const at = 6 + 16 * i;
    header[at] = size % 256;
    header[at + 1] = size % 256;
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(images[i].length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += images[i].length;
  });
  return Buffer.concat([header, ...images]);
}

/// The icon files, by name, as index.html and the manifest link them.
export const iconFiles = () => ({
  "icon.svg": Buffer.from(iconSvg()),
  "favicon.ico": faviconIco(),
  "icon-180.png": iconPng(180),
  "icon-192.png": iconPng(192),
  "icon-512.png": iconPng(512),
});

/// manifest.webmanifest: the trust's names from site.json, NHS colours, the icons.
export function manifest(site) {
  return `${JSON.stringify(
    {
      name: `${site.site_name} - ${site.trust_name}`,
      short_name: `${site.trust_short_name} careers`,
      description: site.summary,
      lang: "en-GB",
      dir: "ltr",
      start_url: "/",
      scope: "/",
      display: "minimal-ui",
      background_color: "#f0f4f5",
      theme_color: NHS_BLUE,
      icons: [
        { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      ],
    },
    null,
    2,
  )}\n`;
}

/// robots.txt: every page may be crawled (the editors' check and other pages
/// that must not be listed say `noindex` themselves, which a crawler can only
/// read if it may fetch them), and where the sitemap is.
export const robotsTxt = (origin) => `# Careers in offender healthcare: pages that must not be listed say so with noindex.
User-agent: *
Disallow:

Sitemap: ${origin}/sitemap.xml
`;

/// sitemap.xml: `pages` are `{ path, lastmod? }`, each a page of its own.
export function sitemapXml(origin, pages) {
  const urls = [...pages]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ path, lastmod }) => `  <url><loc>${escape(origin + path)}</loc>${lastmod ? `<lastmod>${escape(lastmod)}</lastmod>` : ""}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}
