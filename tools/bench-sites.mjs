// Measures the sites page in Chromium with 200 sites (the real ones repeated and
// shifted), served from dist/ by the project's nginx: time to first list, and
// time for a filter change to redraw list and map. Prints numbers; asserts nothing.
//   node tools/bench-sites.mjs   (after `trunk build --release`)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveDist } from "./serve-dist.mjs";
import { launchOptions } from "./browser-and-bytes.mjs";

const root = new URL("..", import.meta.url).pathname;
const port = Number(process.env.BENCH_PORT || 8474);
const { base, stop } = await serveDist(port);

const real = JSON.parse(readFileSync(join(root, "public/content/sites.json"), "utf8"));
const sites = Array.from({ length: 200 }, (_, i) => {
  const s = structuredClone(real.sites[i % real.sites.length]);
  const round = Math.floor(i / real.sites.length);
  s.id = `${s.id}-${i}`;
  s.name = `${s.name} ${i}`;
  s.latitude += round * 0.03;
  s.longitude -= round * 0.05;
  if (s.population?.shared_with) delete s.population.shared_with;
  return s;
});
const body = JSON.stringify({ ...real, sites });

const browser = await chromium.launch(launchOptions());
const results = { firstList: [], filter: [] };
for (let run = 0; run < 5; run++) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.route("**/content/sites.json", (r) => r.fulfill({ status: 200, contentType: "application/json", body }));
  const t0 = Date.now();
  await page.goto(base + "/prisons");
  await page.locator(".occ-site").nth(199).waitFor({ state: "attached" });
  results.firstList.push(Date.now() - t0);
  const ms = await page.evaluate(async () => {
    const select = document.getElementById("occ-site-region");
    const start = performance.now();
    select.value = "kent";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  });
  results.filter.push(ms);
  await page.close();
}
await browser.close();
stop();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`sites page with ${sites.length} sites, Chromium, 5 runs (median):`);
console.log(`  load to full list and map: ${median(results.firstList)} ms`);
console.log(`  filter change to next frame: ${median(results.filter).toFixed(1)} ms`);
process.exit(0);
