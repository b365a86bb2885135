import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
const path = process.argv[2] || "/";
await b.startTracing(p, { categories: ["devtools.timeline", "v8", "v8.execute", "disabled-by-default-devtools.timeline", "blink.user_timing", "toplevel"] });
await p.goto("http://127.0.0.1:8480" + path);
await p.waitForSelector("[data-occ-started]");
await p.waitForTimeout(1500);
const buf = await b.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.filter((e) => e.name === "RunTask" && e.dur > 30000 && e.ph === "X");
// pick the renderer main thread: the thread with CrRendererMain name
const names = events.filter((e) => e.name === "thread_name" && e.args.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`);
for (const t of main.filter((e) => names.includes(`${e.pid}:${e.tid}`))) {
  const kids = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e.ph === "X" && e !== t && e.dur > 5000);
  const agg = {};
  for (const k of kids) agg[k.name] = (agg[k.name] || 0) + k.dur;
  console.log(`task at ${((t.ts - main[0].ts) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(0)} ms:`, Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(", "));
}
await b.close();
