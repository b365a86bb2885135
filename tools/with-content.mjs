// A copy of the release build with another content pack: its files replace
// content/, then index.html's words and the pages built in advance are made
// again from them (tools/prerender.mjs). The end-to-end tests serve the
// fictional trust this way; a trust can preview its own content the same way.
//   node tools/with-content.mjs <content dir> <out dir> [dist]
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";

const root = new URL("..", import.meta.url).pathname;
const [contentDir, outDir, distDir = join(root, "dist")] = process.argv.slice(2);
if (!contentDir || !outDir) {
  console.error("usage: node tools/with-content.mjs <content dir> <out dir> [dist]");
  process.exit(2);
}
const dist = resolve(distDir);
const out = resolve(outDir);
if (!existsSync(join(dist, "index.html"))) {
  console.error(`with-content: no ${dist}/index.html: build first (README, "How it is built")`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
// The build without its pages built in advance: they are made again below.
cpSync(dist, out, { recursive: true, filter: (src) => !src.startsWith(join(dist, "prerendered")) });
for (const name of readdirSync(join(out, "content"))) {
  if (name.endsWith(".json")) rmSync(join(out, "content", name));
}
for (const name of readdirSync(contentDir)) {
  if (name.endsWith(".json")) cpSync(join(contentDir, name), join(out, "content", name));
}
execFileSync(process.execPath, [join(root, "tools", "prerender.mjs"), out], { stdio: "inherit" });
