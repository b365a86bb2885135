// End-to-end tests: the release build (dist/) behind nginx, in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "../../tools/browser-and-bytes.mjs";

const port = Number(process.env.E2E_PORT || 8471);
// The same build with a fictional trust's content (tests/fixtures), for the
// tests tagged @fictional: nothing on any page may come from the real trust.
const fictionalPort = port + 10;
// E2E_PACK=fictional runs every spec on the fictional trust's content instead
// (helpers.mjs: PACK), but the one that names today's: the same build, its
// pages built again from that content, on the suite's own ports.
const onFictional = process.env.E2E_PACK === "fictional";
const fictionalDist = "node tools/with-content.mjs tests/fixtures/fictional-trust/content target/fictional-dist";


export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs$/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  outputDir: "../../test-results",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: "off",
    // Requests a service worker makes are not seen by page.route, which the
    // fault tests rely on; offline.spec.mjs allows the worker and tests it.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
  },
  testIgnore: onFictional ? /seed-facts\.spec\.mjs$/ : undefined,
  projects: [
    { name: "phone", grepInvert: /@fictional/, use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: "desktop", grepInvert: /@fictional/, use: { viewport: { width: 1280, height: 800 } } },
    ...(onFictional ? [] : [{
      name: "fictional-phone",
      grep: /@fictional/,
      use: { baseURL: `http://127.0.0.1:${fictionalPort}`, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    { name: "fictional-desktop", grep: /@fictional/, use: { baseURL: `http://127.0.0.1:${fictionalPort}`, viewport: { width: 1280, height: 800 } } }]),
  ],
  webServer: [
    {
      // port+1: the example trust website; port+2: the same under a nonce-based policy.
      command: onFictional
        ? `${fictionalDist} && OCC_NONCE_HOST_PORT=${port + 2} bash tests/e2e/nginx.sh ${port} target/fictional-dist`
        : `OCC_NONCE_HOST_PORT=${port + 2} bash tests/e2e/nginx.sh ${port}`,
      cwd: "../..",
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: onFictional ? 240_000 : 20_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    ...(onFictional ? [] : [{
      // Copies dist/ with the fictional content and builds its pages again first.
      command: `${fictionalDist} && bash tests/e2e/nginx.sh ${fictionalPort} target/fictional-dist`,
      cwd: "../..",
      url: `http://127.0.0.1:${fictionalPort}/`,
      reuseExistingServer: false,
      timeout: 240_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    }]),
  ],
});
