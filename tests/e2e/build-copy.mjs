// A copy of the build that a test may change (a redeploy, a removed or
// half-copied file), shared by deploy.spec.mjs and worker.spec.mjs.
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { DIST } from "./helpers.mjs";

/// Every file under `dir`.
export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/// The build the suite serves (helpers.mjs: DIST) copied to a new directory nginx can read, without the precompressed
/// copies (nginx would send them, stale, instead of a changed file), or with
/// them all (`keepCompressed`), as a deploy leaves them.
export function copyOfBuild({ keepCompressed = false } = {}) {
  const dist = mkdtempSync(join(tmpdir(), "occ-build-"));
  chmodSync(dist, 0o755); // nginx workers run as nobody
  cpSync(DIST, dist, { recursive: true });
  if (!keepCompressed) for (const file of files(dist).filter((f) => /\.(br|gz)$/.test(f))) rmSync(file);
  return dist;
}

/// Writes a changed file as a deploy does, dated clearly later: nginx's ETag
/// is the file's time to the second and its length, so a file of the same
/// length changed within the second it was copied would look unchanged to a
/// browser checking for a new worker.
export function writeChanged(file, text) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 10_000);
  utimesSync(file, later, later);
}

/// sw.js with another version, as a new build writes it.
export function withNewVersion(sw) {
  const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
  const newVersion = [...version].reverse().join("");
  return { sw: sw.replace(`const VERSION = "${version}"`, `const VERSION = "${newVersion}"`), version, newVersion };
}
