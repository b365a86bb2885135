import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
  window.__marks = []; const t = () => Math.round(performance.now());
  new MutationObserver(() => { const r = document.getElementById("offender-care-careers"); if (r && r.hasAttribute("data-occ-started") && !window.__started) { window.__started = t(); } }).observe(document, { subtree: true, attributes: true, childList: true });
});
for (const path of [process.argv[2] || "/", "/roles/registered-nurse", "/vacancies"]) {
  await p.goto("http://127.0.0.1:8480" + path);
  await p.waitForSelector("[data-occ-started]");
  await p.waitForTimeout(1500);
  console.log(path, "long tasks", JSON.stringify(await p.evaluate(() => window.__lt)), "started at", await p.evaluate(() => window.__started));
}
await b.close();
