// What a first visit transfers, route by route, on the stand-alone site and
// embedded in the example trust's page (examples/host, under
// /careers/prison-healthcare/, the host's own page and files left out),
// against the weight budget (tools/budget.mjs), and where the wasm's bytes
// go. Numbers only; it asserts nothing.
//   node tools/size-report.mjs   (after `bash tools/build`; tools/size-report does both)
//   SIZE_ROUTES=/,/pay node tools/size-report.mjs
//
// Then the whole journey a new visitor might take (home, the quiz, its
// results, a role, the prisons, pay) in one browser, stand-alone and
// embedded: what each step downloads, a program only the first time.
//
// Each route is opened in a fresh browser (empty cache) through the project's
// nginx, as production serves it (brotli), and left until the page is
// complete and the service worker has saved the offline copy. Each row names
// the parts a person can operate on the page and the programs it loaded (a
// light page loads none). Two totals:
//   page     the bodies the page itself fetched (HTML, CSS, JS, wasm, JSON), as sent;
//   on wire  every byte nginx sent in that visit, headers included, the offline
//            copy too; a file sent in full twice is named (it should never be).
import { mkdtempSync, readFileSync, readdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { brotli, launchOptions } from "./browser-and-bytes.mjs";
import { arrivalRoutes } from "./content-routes.mjs";
import { serveDist } from "./serve-dist.mjs";
import { builtNames } from "./built-names.mjs";
import { BUDGET } from "./budget.mjs";
import { ATTR } from "./contract.mjs";


const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "dist");
const port = Number(process.env.SIZE_PORT || 8473);
const routes = process.env.SIZE_ROUTES ? process.env.SIZE_ROUTES.split(/,(?=\/)/) : arrivalRoutes("public/content");

const log = join(mkdtempSync(join(tmpdir(), "occ-size-")), "access.log");
const { base, stop } = await serveDist(port, dist, { accessLog: log });
const browser = await chromium.launch(launchOptions());

const KINDS = ["html", "css", "js", "wasm", "json"];
const kindOf = (path) => {
  const ext = path.split("?")[0].match(/\.([a-z]+)$/)?.[1];
  if (!ext || ext === "html") return "html";
  return KINDS.includes(ext) ? ext : "other";
};
const logLines = () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : []);

// Where each route is opened, and which requests count: embedded, only the
// app's own files (under /occ/), not the host's page, stylesheet or icon.
const hostBase = `http://127.0.0.1:${port + 1}`;
const SITES = [
  ["stand-alone", (route) => base + route, () => true],
  ["embedded", (route) => `${hostBase}/careers/prison-healthcare${route}`, (path) => path.startsWith("/occ/")],
];
// The whole journey a new visitor might take, in one browser (so what it
// has already downloaded is not counted again): what each step downloads.
const firstRole = JSON.parse(readFileSync(join(root, "public/content/roles.json"), "utf8")).roles[0].id;
const JOURNEY = ["/", "/quiz", "/quiz/results", `/roles/${firstRole}`, "/prisons", "/pay"];
const journeys = [];
for (const [where, address, ours] of SITES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const route of JOURNEY) {
    const before = logLines().length;
    await page.goto(address(route));
    await page.locator(`[${ATTR.COMPLETE}]`).waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const wire = logLines().slice(before).map((l) => l.split(" ")).filter(([path]) => ours(path));
    const programs = wire.filter(([path, status]) => status === "200" && path.endsWith("_bg.wasm")).map(([path]) => path.split("/").pop().replace(/-[0-9a-f]+_bg\.wasm$/, ""));
    const wasm = wire.filter(([path]) => path.endsWith(".wasm")).reduce((t, [, , bytes]) => t + Number(bytes), 0);
    journeys.push({ where, route, wire: wire.reduce((t, [, , bytes]) => t + Number(bytes), 0), wasm, programs });
  }
  await context.close();
}

const rows = [];
for (const [where, address, ours] of SITES)
for (const route of routes) {
  const before = logLines().length;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(address(route));
  await page.locator(`[${ATTR.COMPLETE}]`).waitFor({ timeout: 30_000 });
  // The offline copy: wait until the worker has installed and taken over. A
  // host's page has none of ours (ready would never settle), so not there.
  if (where === "stand-alone") await page.evaluate(() => navigator.serviceWorker?.ready.then(() => new Promise((r) => setTimeout(r, 500))));
  await page.waitForLoadState("networkidle");
  const islands = await page.evaluate((island) => [...document.querySelectorAll(`[${island}]`)].map((e) => e.getAttribute(island)), ATTR.ISLAND);
  const sent = await page.evaluate(() => [
    [location.pathname + location.search, performance.getEntriesByType("navigation")[0].encodedBodySize],
    ...performance.getEntriesByType("resource").map((e) => [new URL(e.name).pathname, e.encodedBodySize]),
  ]);
  await context.close();
  const pageBytes = Object.fromEntries([...KINDS, "other"].map((k) => [k, 0]));
  for (const [path, bytes] of sent) if (ours(path)) pageBytes[kindOf(path)] += bytes;
  const wire = logLines().slice(before).map((l) => l.split(" ")).filter(([path]) => ours(path));
  const full = new Map();
  for (const [path, status] of wire) if (status === "200") full.set(path, (full.get(path) || 0) + 1);
  const programs = sent.map(([path]) => path).filter((path) => path.endsWith(".wasm")).map((path) => path.split("/").pop().replace(/-[0-9a-f]+_bg\.wasm$/, ""));
  rows.push({
    where,
    route,
    islands,
    programs,
    page: pageBytes,
    pageTotal: Object.values(pageBytes).reduce((a, b) => a + b, 0),
    wire: wire.reduce((t, [, , bytes]) => t + Number(bytes), 0),
    twice: [...full].filter(([, n]) => n > 1).map(([p]) => p),
  });
}
await browser.close();
stop();

const num = (n, w = 8) => String(n).padStart(w);
const w = Math.max(...rows.map((r) => r.route.length), 5);
// A page with no program is held to the light pages' budget for all it sent
// (the offline copy included); a page with one to the first-visit budget.
const budgetOf = (r) => (r.programs.length ? ["page", r.pageTotal, BUDGET.firstVisit] : ["on wire", r.wire, BUDGET.lightPage]);
console.log(`First visit, per route: bytes as sent (brotli where the browser asks for it)\n`);
console.log(`${"".padEnd(12)}${"route".padEnd(w)} ${KINDS.map((k) => num(k)).join(" ")} ${num("other")} ${num("page")} ${num("on wire", 9)}  budget  parts to operate; programs loaded`);
for (const r of rows) {
  const [what, value, budget] = budgetOf(r);
  const over = value > budget ? `OVER by ${value - budget} (${what})` : `within ${budget} (${what})`;
  console.log(
    `${r.where.padEnd(12)}${r.route.padEnd(w)} ${KINDS.map((k) => num(r.page[k])).join(" ")} ${num(r.page.other)} ${num(r.pageTotal)} ${num(r.wire, 9)}  ${over}` +
      `  ${r.islands.join(",") || "none"}; ${r.programs.join(",") || "none"}` +
      (r.twice.length ? `  SENT TWICE: ${r.twice.join(", ")}` : ""),
  );
}
const twice = rows.filter((r) => r.twice.length);
console.log(`\n'page': what the page fetched; 'on wire': all nginx sent in the visit, headers and the service worker's offline copy included. Embedded: the app's own files only (/occ/), not the host's page or files.`);
console.log(twice.length ? `Files sent in full twice on ${twice.length} route(s): see above.` : "No file was sent in full twice on any route.");

console.log(`\nThe whole journey, in one browser: what each step downloads (on wire; programs already downloaded are not sent again)\n`);
const jw = Math.max(...JOURNEY.map((r) => r.length), 6);
for (const [where] of SITES) {
  let total = 0;
  let totalWasm = 0;
  for (const j of journeys.filter((j) => j.where === where)) {
    total += j.wire;
    totalWasm += j.wasm;
    console.log(`${where.padEnd(12)}${j.route.padEnd(jw)} ${num(j.wire, 9)}  wasm ${num(j.wasm, 8)}  ${j.programs.join(",") || "no program"}`);
  }
  console.log(`${where.padEnd(12)}${"in all".padEnd(jw)} ${num(total, 9)}  wasm ${num(totalWasm, 8)}\n`);
}

const names = builtNames(readdirSync(dist));
const wasm = readFileSync(join(dist, names.wasm));
const wasmBrotli = brotli(wasm).length;
const worstOf = (where) => [
  Math.max(0, ...rows.filter((r) => r.where === where && r.programs.length).map((r) => r.pageTotal)),
  Math.max(0, ...rows.filter((r) => r.where === where && !r.programs.length).map((r) => r.wire)),
];
const line = (what, value, budget) =>
  console.log(`${what.padEnd(52)} ${num(value, 9)}  budget ${num(budget, 9)}  ${value > budget ? `OVER by ${value - budget}` : "within"}`);
console.log(`\nBudget`);
console.log(`${"app wasm, raw".padEnd(52)} ${num(wasm.length, 9)}`);
line("app wasm, brotli 11", wasmBrotli, BUDGET.wasmBrotli);
for (const [where] of SITES) {
  const [worst, worstLight] = worstOf(where);
  line(`${where}: largest first visit with a program`, worst, BUDGET.firstVisit);
  line(`${where}: largest first visit with none (on wire)`, worstLight, BUDGET.lightPage);
}
process.exit(0);
