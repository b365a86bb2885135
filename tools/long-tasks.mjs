// Long tasks while the app starts: each route opened in a fresh browser with the
// CPU slowed 4x (as Lighthouse's mobile run), until the app has taken over and
// the network is idle. Prints, per route, the main-thread tasks over 50 ms and
// their blocking time (the part of each over 50 ms, as TBT counts it).
// Blocking time is counted twice: over every task, and over the tasks that
// start after the first paint, as Lighthouse's TBT counts it (the tasks
// before it are the browser reading and laying out the page).
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
// LONG_TASK_DIST measures another build (an older commit's, to compare).
const { base, stop } = await serveDist(port, process.env.LONG_TASK_DIST || undefined);
const browser = await chromium.launch(launchOptions());

async function visit(route) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(base + route);
  await page.locator(`[${ATTR.COMPLETE}]`).waitFor({ timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const [tasks, paint] = await page.evaluate(() => [window.__longTasks, performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0]);
  await context.close();
  return { all: tasks.map(([, d]) => d), afterPaint: tasks.filter(([start]) => start >= paint).map(([, d]) => d) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const num = (n, w = 8) => String(n).padStart(w);
const w = Math.max(...routes.map((r) => r.length), 5);
console.log(`Long tasks at 4x CPU slowdown, 360x740, medians of ${runs} visits\n`);
console.log(`${"route".padEnd(w)} ${num("tasks")} ${num("longest")} ${num("blocking")} ${num("after paint: longest", 22)} ${num("blocking", 9)}  target: no task over 50 ms`);
for (const route of routes) {
  const visits = [];
  for (let i = 0; i < runs; i++) visits.push(await visit(route));
  const longestOf = (tasks) => median(tasks.map((t) => Math.max(0, ...t)));
  const blockingOf = (tasks) => median(tasks.map((t) => t.reduce((s, d) => s + Math.max(0, d - 50), 0)));
  const all = visits.map((v) => v.all);
  const late = visits.map((v) => v.afterPaint);
  const longest = longestOf(all);
  const count = median(all.map((t) => t.length));
  console.log(`${route.padEnd(w)} ${num(count)} ${num(longest)} ${num(blockingOf(all))} ${num(longestOf(late), 22)} ${num(blockingOf(late), 9)}  ${longest > 50 ? "over" : "within"}`);
}
await browser.close();
stop();
process.exit(0);
