// Prints what a first visit to / transfers: each file's raw, gzip and brotli
// bytes, and what nginx actually sent. Numbers only; it asserts nothing.
//   node tools/size-report.mjs   (after `bash tools/build`; tools/size-report does both)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotli, gzip, launchOptions } from "./browser-and-bytes.mjs";
import { chromium } from "playwright-core";
import { serveDist } from "./serve-dist.mjs";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const port = Number(process.env.SIZE_PORT || 8473);
const { base, stop } = await serveDist(port, dist);
const browser = await chromium.launch(launchOptions());
const page = await (await browser.newContext()).newPage();
const urls = [];
page.on("requestfinished", (r) => urls.push(r.url()));
await page.goto(base + "/", { waitUntil: "networkidle" });
await page.locator(".occ-intro p").first().waitFor();
const sent = Object.fromEntries(
  await page.evaluate(() => [
    [location.href, performance.getEntriesByType("navigation")[0].encodedBodySize],
    ...performance.getEntriesByType("resource").map((e) => [e.name, e.encodedBodySize]),
  ]),
);
await browser.close();

const rows = [];
for (const url of [...new Set(urls)]) {
  const path = new URL(url).pathname;
  // / is the page built in advance, where there is one (deploy/nginx/site.conf).
  const home = existsSync(join(dist, "prerendered", "index.html")) ? "prerendered/index.html" : "index.html";
  const file = join(dist, path === "/" ? home : decodeURIComponent(path));
  const raw = readFileSync(file);
  rows.push({
    file: path === "/" ? `/ (${home})` : path,
    raw: raw.length,
    gzip: gzip(raw).length,
    brotli: brotli(raw).length,
    sent: sent[url] ?? NaN,
  });
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli, sent: t.sent + r.sent }), { raw: 0, gzip: 0, brotli: 0, sent: 0 });
const w = Math.max(...rows.map((r) => r.file.length), 5);
const num = (n) => String(n).padStart(9);
console.log(`First visit to /: ${rows.length} files\n`);
console.log(`${"file".padEnd(w)} ${num("raw")} ${num("gzip -9")} ${num("brotli 11")} ${num("sent")}`);
for (const r of rows) console.log(`${r.file.padEnd(w)} ${num(r.raw)} ${num(r.gzip)} ${num(r.brotli)} ${num(r.sent)}`);
console.log(`${"total".padEnd(w)} ${num(total.raw)} ${num(total.gzip)} ${num(total.brotli)} ${num(total.sent)}`);
console.log("\nbytes; 'sent' is the body nginx sent to a browser asking for brotli: the build's own precompressed files, other files compressed on the fly.");
stop();
process.exit(0);
