// Trunk post_build hook: put the SHA-256 of each inline script into the
// Content-Security-Policy, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PLACEHOLDER = "'inline-script-hashes'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${file} has no ${PLACEHOLDER} in its Content-Security-Policy`);
  process.exit(1);
}
const hashes = [];
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  const [, attrs, body] = match;
  if (/\bsrc\s*=/.test(attrs) || body.length === 0) continue;
  hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}
html = html.replace(PLACEHOLDER, hashes.join(" ") || "");
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
