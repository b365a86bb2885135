// A copy of the build that a test may change (a redeploy, a removed or
// half-copied file), shared by deploy.spec.mjs and worker.spec.mjs.
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

/// Every file under `dir`.
export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/// dist/ copied to a new directory nginx can read, without the precompressed
/// copies (nginx would send them, stale, instead of a changed file).
export function copyOfBuild() {
  const dist = mkdtempSync(join(tmpdir(), "occ-build-"));
  chmodSync(dist, 0o755); // nginx workers run as nobody
  cpSync(join(root, "dist"), dist, { recursive: true });
  for (const file of files(dist).filter((f) => /\.(br|gz)$/.test(f))) rmSync(file);
  return dist;
}

/// sw.js with another version, as a new build writes it.
export function withNewVersion(sw) {
  const version = sw.match(/const VERSION = "([0-9a-f]+)"/)[1];
  const newVersion = [...version].reverse().join("");
  return { sw: sw.replace(`const VERSION = "${version}"`, `const VERSION = "${newVersion}"`), version, newVersion };
}
