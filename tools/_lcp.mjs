import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
const p = await ctx.newPage();
await p.addInitScript(() => { window.__lcp = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.size, e.element && (e.element.tagName + "." + e.element.className + ":" + (e.element.textContent||"").slice(0,40)), e.element && e.element.isConnected]); }).observe({ type: "largest-contentful-paint", buffered: true }); });
for (const path of ["/", "/roles/registered-nurse"]) {
  await p.goto("http://127.0.0.1:8480" + path);
  await p.waitForSelector("[data-occ-started]");
  await p.waitForTimeout(1000);
  console.log(path, JSON.stringify(await p.evaluate(() => window.__lcp)), await p.evaluate(() => performance.getEntriesByType("paint").map(e => e.name + " " + Math.round(e.startTime)).join(", ")));
}
await b.close();
