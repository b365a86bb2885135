// The service worker can neither trap nor stall a visitor:
// a removed worker answers 404 and a kill switch takes it away; weak signal or
// a failing server falls back to the saved copy; a half-copied deploy never
// becomes the offline copy.
import { test, expect, appShows, SITE, ROUTES } from "./helpers.mjs";
import { copyFileSync, readFileSync, rmSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { join } from "node:path";
import { copyOfBuild, withNewVersion, writeChanged } from "./build-copy.mjs";
import { serveDist } from "../../tools/serve-dist.mjs";
import { BUILT_NAME, rehashed } from "../../tools/built-names.mjs";

const root = new URL("../..", import.meta.url).pathname;
const suitePort = (testInfo) => Number(new URL(testInfo.project.use.baseURL).port);
// Ports of their own for each test and viewport, beside the suite's (nginx.sh
// also takes the next one up for its host site).
const portFor = (testInfo, offset) => suitePort(testInfo) + offset + (testInfo.project.name === "phone" ? 0 : 2);

test.use({ serviceWorkers: "allow" });

// A role's page and its heading, from the content pack.
const ROLE = ROUTES.find((r) => /^\/roles\/[^/?]+$/.test(r.path));

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/// A copy of the build that `body({ dist, base })` may change, served on the
/// test's own port, opened and under its offline worker; the server and the
/// copy are removed afterwards, whatever happens.
async function withInstalledCopy(page, testInfo, offset, body, { keepCompressed = false } = {}) {
  const dist = copyOfBuild({ keepCompressed });
  const { base, stop } = await serveDist(portFor(testInfo, offset), dist);
  try {
    await page.goto(`${base}/`);
    await appShows(page, SITE);
    await controlled(page);
    await body({ dist, base });
  } finally {
    stop();
    rmSync(dist, { recursive: true, force: true });
  }
}

/// The test's own server is the origin the fixture holds requests to.
const onPort = (offset) => ({ baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${portFor(testInfo, offset)}`) });

test.describe("removed", () => {
test.use(onPort(40));
test("a removed worker answers 404, and the kill switch takes an installed one away", async ({ page }, testInfo) => {
  await withInstalledCopy(page, testInfo, 40, async ({ dist, base }) => {
    expect(await page.evaluate(() => caches.keys())).toHaveLength(1);

    // Removed: a real 404, never the app page, which a browser would take as a worker still there.
    rmSync(join(dist, "sw.js"));
    rmSync(join(dist, "check-worker.js"));
    for (const path of ["/sw.js", "/check-worker.js"]) {
      const response = await page.request.get(`${base}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain("occ-start.js");
    }

    // The kill switch (docs/deploying.md): deploy/sw-off.js served as sw.js.
    copyFileSync(join(root, "deploy", "sw-off.js"), join(dist, "sw.js"));
    await page.reload();
    await appShows(page, SITE);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    // And the site still works, from the network.
    await page.goto(`${base}${ROLE.path}`);
    await appShows(page, ROLE.h1);
    // The build's precompressed files are left as a deploy leaves them
    // (issue 46): nginx must not send an old sw.js in the copied one's place.
  }, { keepCompressed: true });
});
});

/// A proxy in front of nginx that can stall requests or answer 503, as weak
/// signal or a failing server would. `mode(url)` says what to do with each.
async function flakyProxy(port, target, mode) {
  const sockets = new Set();
  const server = createServer((req, res) => {
    const what = mode(req.url);
    if (what === "stall") return; // never answered
    // A captive portal (hotel, hospital or prison Wi-Fi): its login page for
    // whatever was asked, at once, after a wait, or by a redirect to it.
    const portal = () => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<!DOCTYPE html><title>Log in to the Wi-Fi</title><p>Accept the terms to go online.</p>");
    };
    if (req.url.startsWith("/portal")) return portal();
    if (what === "portal") return portal();
    if (what === "late-portal") return void setTimeout(portal, 6000);
    if (what === "redirect") {
      res.writeHead(302, { location: "/portal?from=" + encodeURIComponent(req.url) });
      res.end();
      return;
    }
    if (what === "503") {
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("Service unavailable");
      return;
    }
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((ready) => server.listen(port, "127.0.0.1", ready));
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

/// nginx serving dist/ and, in front of it, a proxy whose answers
/// `setMode(url => "pass" | "stall" | "503" | "portal" | …)` chooses (on the
/// test's own ports, `offsets`); both are stopped afterwards, whatever happens.
async function withFlakyProxy(page, testInfo, [nginxAt, proxyAt], body) {
  page.__expectConsoleErrors = true; // the 503s are reported by the browser
  const { base: nginx, stop } = await serveDist(portFor(testInfo, nginxAt));
  let mode = () => "pass";
  const proxy = await flakyProxy(portFor(testInfo, proxyAt), nginx, (url) => mode(url));
  try {
    await body(proxy, (next) => (mode = next));
  } finally {
    proxy.close();
    stop();
  }
}

test.describe("weak signal", () => {
test.use(onPort(48));
test("on weak signal or a server error, the saved copy answers within seconds", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await withFlakyProxy(page, testInfo, [44, 48], async (proxy, setMode) => {
    await page.goto(`${proxy.base}/`);
    await appShows(page, SITE);
    await controlled(page);
    // Pages, programs and content are saved as they are used.
    for (const [path, h1] of [[ROLE.path, ROLE.h1], ["/pay", "Pay and benefits"], ["/quiz", "Which role suits you?"]]) {
      await page.goto(`${proxy.base}${path}`);
      await appShows(page, h1);
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    }

    // Content that never arrives: the saved copy after about four seconds.
    setMode((url) => (url.includes("/content/") ? "stall" : "pass"));
    const started = Date.now();
    await page.goto(`${proxy.base}/pay`);
    await appShows(page, "Pay and benefits");
    await expect(page.locator(".occ-offline-note")).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(".occ-loading")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(Date.now() - started).toBeLessThan(15_000);

    // A server error for content: the saved copy, not an error page.
    setMode((url) => (url.includes("/content/") ? "503" : "pass"));
    await page.goto(`${proxy.base}/quiz`);
    await appShows(page, "Which role suits you?");
    await expect(page.locator(".occ-offline-note")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);

    // A server error for everything: the saved pages, programs and content.
    setMode(() => "503");
    await page.goto(`${proxy.base}${ROLE.path}`);
    await appShows(page, ROLE.h1);
    await expect(page.locator(".occ-offline-note")).toBeVisible();
    await page.goto(`${proxy.base}/quiz`);
    await appShows(page, "Which role suits you?");
    await expect(page.locator(".occ-quiz input").first()).toBeVisible();
  });
});
});

test.describe("captive portal", () => {
test.use(onPort(60));
test("a captive portal's login page never replaces the saved content or start script", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await withFlakyProxy(page, testInfo, [56, 60], async (proxy, setMode) => {
    const open = async (path, h1) => {
      await page.goto(`${proxy.base}${path}`);
      await appShows(page, h1);
      await expect(page.locator(".occ-loading")).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByRole("alert")).toHaveCount(0);
    };
    await page.goto(`${proxy.base}/`);
    await appShows(page, SITE);
    await controlled(page);
    await open("/pay", "Pay and benefits");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    // Each way a portal answers, for the content and the start script: the
    // page is given the saved copy, says it may be out of date, and works.
    const appFiles = (url) => url.includes("/content/") || url.includes("occ-start.js");
    for (const how of ["portal", "redirect", "late-portal"]) {
      setMode((url) => (appFiles(url) ? how : "pass"));
      await open("/pay", "Pay and benefits");
      await expect(page.locator(".occ-offline-note"), how).toBeVisible({ timeout: 15_000 });
      await expect(page.locator("#occ-pay-band option")).not.toHaveCount(0);
    }
    // A page of another's at a page's address (a load balancer's, or a portal
    // that answers 200 where the page was): shown, as the network's answer,
    // and never saved as the page.
    setMode((url) => (url.startsWith("/about") ? "portal" : "pass"));
    await page.goto(`${proxy.base}/about`);
    await expect(page).toHaveTitle("Log in to the Wi-Fi");
    // Made-up addresses of an app route are answered with the app page, which
    // is saved once (as index.html), not once for each address.
    setMode(() => "pass");
    for (const made of ["/roles/made-up-1", "/roles/made-up-2"]) {
      await page.goto(`${proxy.base}${made}`);
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    }
    // The late login page has come in by now; had it been saved, the saved
    // copy would be it. With the server failing, the copy still serves.
    await page.waitForTimeout(2000);
    setMode((url) => (appFiles(url) ? "503" : "pass"));
    await open("/pay", "Pay and benefits");
    await expect(page.locator(".occ-offline-note")).toBeVisible();
    await expect(page.locator("#occ-pay-band option")).not.toHaveCount(0);
    const saved = await page.evaluate(async () => {
      const out = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          out.push([new URL(request.url).pathname, response.headers.get("content-type"), (await response.text()).includes("Log in to the Wi-Fi")]);
        }
      }
      return out;
    });
    expect(saved.filter(([, , portal]) => portal)).toEqual([]);
    // The built pages visited are saved; nothing under a made-up address.
    expect(saved.map(([path]) => path)).toContain("/pay");
    expect(saved.filter(([path]) => path.includes("made-up"))).toEqual([]);
    expect(saved.filter(([path, type]) => path.endsWith(".json") && !/json/.test(type))).toEqual([]);
  });
});
});

test.describe("half-copied deploy", () => {
test.use(onPort(52));
test("a half-copied deploy does not replace the offline copy", async ({ page }, testInfo) => {
  await withInstalledCopy(page, testInfo, 52, async ({ dist }) => {
    const [before] = await page.evaluate(() => caches.keys());

    // The new build's files and worker have arrived, but not yet its page or
    // start script, which still name the old files.
    const start = readFileSync(join(dist, "occ-start.js"), "utf8");
    const old = [...new Set(start.match(BUILT_NAME))];
    let sw = readFileSync(join(dist, "sw.js"), "utf8");
    for (const name of old) {
      copyFileSync(join(dist, name), join(dist, rehashed(name)));
      sw = sw.split(name).join(rehashed(name));
    }
    writeChanged(join(dist, "sw.js"), withNewVersion(sw).sw);

    page.__expectConsoleErrors = true; // the browser reports the failed install
    // Watched from the start of the page: the update its start script asks
    // for can be tried and over before a check after it has loaded.
    await page.addInitScript(() => {
      navigator.serviceWorker.getRegistration().then((r) =>
        r?.addEventListener("updatefound", () => {
          const w = r.installing;
          window.__occTried = w;
          const over = () => ["redundant", "activated"].includes(w.state) && (window.__occOutcome = w.state);
          over();
          w.addEventListener("statechange", over);
        }),
      );
    });
    await page.reload();
    await appShows(page, SITE);
    // The new worker's install is tried, and fails: nothing new is kept.
    // Asked again until a try is seen: the page's own update can be tried and
    // over between two looks, and an update asked for meanwhile joins it.
    const outcome = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      const over = (state) => state === "redundant" || state === "activated";
      for (let tries = 0; tries < 20; tries++) {
        if (window.__occOutcome) return window.__occOutcome;
        const w = r.installing || r.waiting;
        if (w) return over(w.state) ? w.state : new Promise((res) => w.addEventListener("statechange", () => over(w.state) && res(w.state)));
        await r.update().catch((e) => (window.__occUpdateError = String(e)));
        await new Promise((res) => setTimeout(res, 500));
      }
      return `no new worker tried (${window.__occUpdateError || "no error"}; active ${(await caches.keys()).join()})`;
    });
    expect(outcome).toBe("redundant");
    expect(await page.evaluate(() => caches.keys())).toEqual([before]);
  });
});
});
