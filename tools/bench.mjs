// Performance benchmark: prints numbers, asserts nothing (tools/bench builds first).
//   node tools/bench.mjs            every route, Lighthouse 3 times each
//   BENCH_RUNS=1 BENCH_ROUTES=/,/pay node tools/bench.mjs
// Serves a copy of dist/ through the project's nginx configuration (gzip and
// brotli as in production) and prints, per route: Lighthouse mobile defaults
// (simulated slow 4G, 4x CPU) medians of bytes transferred per kind, FCP, LCP,
// TBT, CLS and score, and LCP against a static snapshot of the same page (its
// rendered HTML and the CSS, no script). Then the wasm size, the JS heap after
// load and the time a client-side route change takes to paint at 4x CPU slowdown.
// Measure on an idle machine: a build running at the same time skews everything.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { chromium } from "playwright-core";
import { serveDist } from "./serve-dist.mjs";
import { builtNames } from "./built-names.mjs";
import { openRendered } from "./rendered.mjs";
import { arrivalRoutes } from "./content-routes.mjs";
import { CHROMIUM, CHROMIUM_ARGS, brotli, gzip, launchOptions } from "./browser-and-bytes.mjs";

const root = new URL("..", import.meta.url).pathname;
const port = Number(process.env.BENCH_PORT || 8490);
const runs = Number(process.env.BENCH_RUNS || 3);
// The pages a visitor arrives on, from the same list the end-to-end tests use:
// no filtered or broken links, no editors' check, no 404.
const ROUTES = process.env.BENCH_ROUTES ? process.env.BENCH_ROUTES.split(/,(?=\/)/) : arrivalRoutes("public/content");
const FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

// A copy of the build, with the static snapshots beside it under /static/.
const dist = mkdtempSync(join(tmpdir(), "occ-bench-"));
chmodSync(dist, 0o755); // nginx workers run as nobody
// BENCH_DIST measures another build (an older commit's, to compare in one run).
cpSync(process.env.BENCH_DIST || join(root, "dist"), dist, { recursive: true });
mkdirSync(join(dist, "static"));

const { base } = await serveDist(port, dist);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

// 1. Static snapshots: the page as rendered, scripts and preloads removed.
const pw = await chromium.launch(launchOptions());
const snapshot = {};
{
  const page = await (await pw.newContext({ serviceWorkers: "block" })).newPage();
  for (const [i, route] of ROUTES.entries()) {
    await openRendered(page, base + route);
    const html = await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true);
      doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], meta[name="occ-offline"], .occ-static-failure').forEach((el) => el.remove());
      return `<!DOCTYPE html>\n${doc.outerHTML}`;
    });
    writeFileSync(join(dist, "static", `${i}.html`), html);
    snapshot[route] = `/static/${i}.html`;
  }
}

// 2. Lighthouse, mobile defaults, `runs` times per route and per snapshot.
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
async function audit(url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", onlyCategories: ["performance", "seo"], logLevel: "error" });
  const a = lhr.audits;
  const byKind = {};
  for (const item of a["network-requests"].details.items) {
    byKind[item.resourceType] = (byKind[item.resourceType] || 0) + item.transferSize;
  }
  return {
    bytes: a["total-byte-weight"].numericValue,
    byKind,
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
    cls: a["cumulative-layout-shift"].numericValue,
    score: Math.round(lhr.categories.performance.score * 100),
    seo: Math.round(lhr.categories.seo.score * 100),
  };
}

const rows = [];
for (const route of ROUTES) {
  const app = [];
  const flat = [];
  for (let i = 0; i < runs; i++) {
    app.push(await audit(base + route));
    flat.push(await audit(base + snapshot[route]));
  }
  const m = (list, key) => median(list.map((r) => r[key]));
  const kinds = {};
  for (const r of app) for (const [k, v] of Object.entries(r.byKind)) (kinds[k] ||= []).push(v);
  rows.push({
    route,
    total: m(app, "bytes"),
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, median(v)])),
    fcp: m(app, "fcp"),
    lcp: m(app, "lcp"),
    tbt: m(app, "tbt"),
    cls: m(app, "cls"),
    score: m(app, "score"),
    seo: m(app, "seo"),
    staticLcp: m(flat, "lcp"),
    staticTbt: m(flat, "tbt"),
  });
  process.stderr.write(`measured ${route}\n`);
}
await chrome.kill();

console.log(`\nLighthouse ${runs} run(s) per route, mobile defaults, medians (KB are transferred bytes, compressed)\n`);
console.log("| route | total KB | by kind KB | FCP ms | LCP ms | TBT ms | CLS | score | SEO | static LCP ms | LCP app/static | static TBT ms |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  const kinds = Object.entries(r.kinds).map(([k, v]) => `${k} ${kb(v)}`).join(", ");
  console.log(`| ${r.route} | ${kb(r.total)} | ${kinds} | ${Math.round(r.fcp)} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} | ${r.score} | ${r.seo} | ${Math.round(r.staticLcp)} | ${(r.lcp / r.staticLcp).toFixed(2)} | ${Math.round(r.staticTbt)} |`);
}

// 3. The wasm file.
const wasmName = builtNames(readdirSync(dist)).wasm;
const wasm = readFileSync(join(dist, wasmName));
const gz = gzip(wasm).length;
const br = brotli(wasm).length;
console.log(`\nwasm ${wasmName}: ${wasm.length} bytes raw, ${gz} gzip -9, ${br} brotli 11`);

// 4. JS heap after load, and client-side route changes at 4x CPU slowdown.
{
  const context = await pw.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(`${base}/`, { waitUntil: "networkidle" });
  await page.locator(".occ-intro p").first().waitFor();
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  console.log(`JS heap after loading /: ${kb(metrics.JSHeapUsedSize)} KB used of ${kb(metrics.JSHeapTotalSize)} KB (the wasm module's own memory is not included)`);

  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Click a link to `to` and time until the frame after the new heading is in the DOM.
  const change = (to) =>
    page.evaluate(
      (to) =>
        new Promise((done) => {
          const link = [...document.querySelectorAll(".occ-app a")].find((a) => new URL(a.href, location.href).pathname === to);
          const before = document.querySelector("h1").textContent;
          const start = performance.now();
          const seen = () => {
            const h1 = document.querySelector("h1");
            if (h1 && h1.textContent !== before && !document.querySelector(".occ-loading")) {
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
            } else {
              requestAnimationFrame(seen);
            }
          };
          link.click();
          requestAnimationFrame(seen);
        }),
      to,
    );
  const times = { first: [], again: [] };
  for (const round of ["first", "again"]) {
    for (const [to, back] of [["/roles", "/"], ["/pay", "/"], ["/get-started", "/"], ["/vacancies", "/"], ["/about", "/"]]) {
      times[round].push(await change(to));
      await change(back);
    }
  }
  console.log(`Route change to painted page at 4x CPU (/ to a section, 5 sections): first visit median ${median(times.first).toFixed(1)} ms (content fetched), later visits median ${median(times.again).toFixed(1)} ms (content already loaded); all: ${[...times.first, ...times.again].map((t) => t.toFixed(0)).join(", ")} ms`);
  await context.close();
}
await pw.close();
process.exit(0);
