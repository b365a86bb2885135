// Long tasks while the app starts: each route opened in a fresh browser with the
// CPU slowed 4x (as Lighthouse's mobile run), until the app has taken over and
// the network is idle. Prints, per route, the main-thread tasks over 50 ms and
// their blocking time (the part of each over 50 ms, as TBT counts it).
// Numbers only; it asserts nothing. Run it on an idle machine.
//   node tools/long-tasks.mjs            (after `bash tools/build`)
//   LONG_TASK_ROUTES=/,/pay node tools/long-tasks.mjs
import { chromium } from "playwright-core";
import { launchOptions } from "./browser-and-bytes.mjs";
import { arrivalRoutes } from "./content-routes.mjs";
import { serveDist } from "./serve-dist.mjs";
import { ATTR } from "./contract.mjs";

const port = Number(process.env.LONG_TASK_PORT || 8477);
const routes = process.env.LONG_TASK_ROUTES ? process.env.LONG_TASK_ROUTES.split(/,(?=\/)/) : arrivalRoutes("public/content");
const runs = Number(process.env.LONG_TASK_RUNS || 3);
const { base, stop } = await serveDist(port);
const browser = await chromium.launch(launchOptions());

async function visit(route) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(base + route);
  await page.locator(`[${ATTR.COMPLETE}]`).waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.__longTasks);
  await context.close();
  return tasks;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const num = (n, w = 8) => String(n).padStart(w);
const w = Math.max(...routes.map((r) => r.length), 5);
console.log(`Long tasks at 4x CPU slowdown, 360x740, medians of ${runs} visits\n`);
console.log(`${"route".padEnd(w)} ${num("tasks")} ${num("longest")} ${num("blocking")}  target: no task over 50 ms`);
for (const route of routes) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await visit(route));
  const longest = median(all.map((t) => Math.max(0, ...t)));
  const blocking = median(all.map((t) => t.reduce((s, d) => s + Math.max(0, d - 50), 0)));
  const count = median(all.map((t) => t.length));
  console.log(`${route.padEnd(w)} ${num(count)} ${num(longest)} ${num(blocking)}  ${longest > 50 ? "over" : "within"}`);
}
await browser.close();
stop();
process.exit(0);
