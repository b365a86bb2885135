// Where the app's WebAssembly bytes go, from twiggy (installed by tools/setup).
// Reads the compiler's own output (it still has function names; the shipped
// file has none), leaves out custom sections (names, wasm-bindgen's notes),
// and prints:
//   - code and data grouped by crate, and this crate's code by module;
//   - the items that retain the most (what removing them would save).
// The shipped file is smaller (wasm-bindgen and wasm-opt shrink it), so read the
// shares, not the bytes. Numbers only; it asserts nothing.
//   node tools/wasm-breakdown.mjs [path to .wasm] [rows]
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const wasm = process.argv[2] || join(root, "target/wasm32-unknown-unknown/release/offender-care-careers.wasm");
const rows = Number(process.argv[3] || 15);
const ours = "offender_care_careers";

const twiggy = (...args) =>
  JSON.parse(execFileSync("twiggy", [...args, "--format", "json", wasm], { maxBuffer: 1 << 30 }).toString());

// Custom sections, and wasm-bindgen's describe functions, which it removes.
const isSection = (name) =>
  name.includes("subsection") || name.startsWith("custom section") || name.includes("__wbindgen_describe");

// A generic function is compiled for the types it is used with, so
// `<tachys::..::Render for F>::build` holding our view is tachys' code made
// for us: it counts for the crate that defines it (the first path in the name),
// which is what a change to how we use that crate would shrink.
export function crateOf(name) {
  if (name.startsWith("data segment")) return "(data: strings and tables)";
  if (/^(code|elem|table|type|import|export|global|memory)\[/.test(name) || name.startsWith("wasm-bindgen")) return "(unnamed)";
  // The first crate path in the name ("core[hash]::" as "core").
  const m = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return m ? m[1] : "(unnamed)";
}

export function moduleOf(name) {
  const m = name.match(new RegExp(`${ours}::([a-z_]+(?:::[a-z_]+)?)`));
  return m ? m[1] : null;
}

const top = twiggy("top", "-n", "1000000").filter((r) => r.name && !r.name.startsWith("Σ") && !r.name.startsWith("...") && !isSection(r.name));
const total = top.reduce((t, r) => t + r.shallow_size, 0);
const group = (key) => {
  const by = new Map();
  for (const r of top) {
    const k = key(r.name);
    if (k) by.set(k, (by.get(k) || 0) + r.shallow_size);
  }
  return [...by].sort((a, b) => b[1] - a[1]);
};
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
const num = (n) => String(n).padStart(9);
const table = (title, entries) => {
  console.log(`\n${title}`);
  for (const [k, v] of entries.slice(0, rows)) console.log(`${num(v)} ${pct(v)}  ${k}`);
};

console.log(`${wasm}\ncode and data, custom sections and wasm-bindgen's describe functions left out: ${total} bytes`);
table("By crate (shallow bytes)", group(crateOf));
table(`This crate by module (shallow bytes, as a share of all)`, group(moduleOf));
const retained = twiggy("top", "--retained", "-n", String(rows * 3))
  .filter((r) => r.name && !isSection(r.name) && !/^(\.\.\.|Σ|table\[|elem\[)/.test(r.name))
  .slice(0, rows)
  .map((r) => [r.name.replace(/::h[0-9a-f]{16}$/, "").slice(0, 140), r.retained_size]);
table("Largest retained items (what removing one would save)", retained);
