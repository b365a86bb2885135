// A new deploy takes over cleanly: a person who has the site saved for offline
// use gets the new build whole on their next visit, never old files beside new
// ones, and the old saved copy goes.
import { test, expect, appShows, SITE } from "./helpers.mjs";
import { readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { copyOfBuild, files, withNewVersion, writeChanged } from "./build-copy.mjs";
import { serveDist } from "../../tools/serve-dist.mjs";
import { BUILT_NAME, rehashed } from "../../tools/built-names.mjs";

const INTRO = "Offender healthcare is a unique and challenging branch of healthcare";
const NEW_INTRO = "Deployed today: offender healthcare is a unique and challenging branch of healthcare";

// Each viewport's test gets its own server, on ports beside the suite's, and
// that is the origin the fixture holds requests to.
const portFor = (testInfo) => Number(new URL(testInfo.project.use.baseURL).port) + (testInfo.project.name === "phone" ? 20 : 22);
test.use({
  serviceWorkers: "allow",
  baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${portFor(testInfo)}`),
});

/// What a new build does to dist/: new hashed names (the old files are gone),
/// a new start script, worker and pages naming them, and edited content.
function deploy(dist) {
  const start = readFileSync(join(dist, "occ-start.js"), "utf8");
  const old = [...new Set(start.match(BUILT_NAME))];
  expect(old).toHaveLength(3);
  // Shorter hashes than today's, as Trunk writes about one build in sixteen.
  const renamed = old.map((name) => [name, rehashed(name, 15)]);
  for (const [from, to] of renamed) renameSync(join(dist, from), join(dist, to));
  const { version, newVersion } = withNewVersion(readFileSync(join(dist, "sw.js"), "utf8"));
  for (const file of files(dist).filter((f) => /\.(html|js|json)$/.test(f))) {
    let text = readFileSync(file, "utf8");
    const before = text;
    for (const [from, to] of renamed) text = text.split(from).join(to);
    text = text.split(INTRO).join(NEW_INTRO).replace(`const VERSION = "${version}"`, `const VERSION = "${newVersion}"`);
    if (text !== before) writeChanged(file, text);
  }
  return { old, renamed: renamed.map(([, to]) => to), version, newVersion };
}

test("a new deploy takes over whole: new files only, the old saved copy gone, offline on the new build", async ({ page, context }, testInfo) => {
  page.__expectConsoleErrors = true; // requests fail while offline
  // A copy of the build on a server of its own, so it can be redeployed.
  const dist = copyOfBuild();
  const { base, stop } = await serveDist(portFor(testInfo), dist);
  try {
    await page.goto(`${base}/`);
    await appShows(page, SITE);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const { old, renamed, version, newVersion } = deploy(dist);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`occ-${version}`]);

    const asked = [];
    page.on("request", (r) => asked.push(r.url()));
    await page.reload();
    await appShows(page, SITE);
    await expect(page.getByText(NEW_INTRO)).toBeVisible();
    // The new worker has taken over and deleted the old build's saved copy.
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`occ-${newVersion}`]);
    // A page the build did not make (the app page, index.html) loads the new
    // whole app. Both pages are saved for offline use as they are opened.
    await page.goto(`${base}/no-such-page`);
    await appShows(page, "Page not found");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
    const used = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    for (const name of renamed) expect(used.some((url) => url.endsWith(name)), name).toBe(true);
    await page.goto(`${base}/`);
    await appShows(page, SITE);
    // Nothing asked for, or was given, the old build's files.
    expect(asked.filter((url) => old.some((name) => url.includes(name)))).toEqual([]);
    // The new build's files are cached for good however short their hash.
    for (const name of renamed) {
      const response = await page.request.get(`${base}/${name}`);
      expect(response.headers()["cache-control"], name).toContain("immutable");
    }

    // Offline, the saved copy is the new build.
    await context.setOffline(true);
    await page.goto(`${base}/no-such-page`);
    await appShows(page, "Page not found");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
    await page.goto(`${base}/`);
    await appShows(page, SITE);
    await expect(page.getByText(NEW_INTRO)).toBeVisible();
    const stylesheets = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href));
    expect(stylesheets.every((href) => renamed.some((name) => href.endsWith(name)))).toBe(true);
    await context.setOffline(false);
  } finally {
    stop();
    rmSync(dist, { recursive: true, force: true });
  }
});

// The two files an operator replaces by hand in a deploy, the worker (the
// kill switch, docs/deploying.md) and the start script, are sent as they now
// are, whatever the browser accepts, with the build's precompressed files
// left beside them as a deploy leaves them (issue 46). Its own server, on
// ports beside the suite's.
const handPortFor = (testInfo) => Number(new URL(testInfo.project.use.baseURL).port) + 84 + (testInfo.project.name === "phone" ? 0 : 2);
test("the worker and the start script edited by hand are sent as edited, however the browser asks for them", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one server, one check");
  const dist = copyOfBuild({ keepCompressed: true });
  const { base, stop } = await serveDist(handPortFor(testInfo), dist);
  try {
    for (const name of ["sw.js", "occ-start.js"]) {
      const edited = `${readFileSync(join(dist, name), "utf8")}\n// Edited by hand after the build.\n`;
      writeChanged(join(dist, name), edited);
      for (const encoding of ["br", "gzip", "identity"]) {
        const answer = await fetch(`${base}/${name}`, { headers: { "accept-encoding": encoding } });
        expect(answer.status, `${name} as ${encoding}`).toBe(200);
        // Node's fetch undoes the encoding: what the browser would run.
        expect(await answer.text(), `${name} as ${encoding}`).toBe(edited);
      }
    }
  } finally {
    stop();
    rmSync(dist, { recursive: true, force: true });
  }
});
