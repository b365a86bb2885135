// What the tools and the end-to-end tests share: how Chromium is started, and
// how a file is compressed the way the server sends it. One definition each.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // Grey-scale text anti-aliasing everywhere: otherwise whether text gets
  // sub-pixel smoothing depends on compositing, and equal pages can differ in pixels.
  "--disable-lcd-text",
];

/// `chromium.launch` options for playwright-core (headless unless `headless: false`).
export const launchOptions = (extra = {}) => ({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ...extra });

/// Brotli at quality 11 and gzip at level 9: what the build writes beside its files.
export const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
export const gzip = (body) => gzipSync(body, { level: 9 });
