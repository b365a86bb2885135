// The names Trunk gives the build's files, in one place for the post-build
// hook, the tests and the nginx rule they check.
//
// Trunk writes a 64-bit content hash as `{:x}`: lower-case hex with no leading
// zeros, so about one build in sixteen has a hash shorter than 16 digits.
export const HASH = "[0-9a-f]{1,16}";

const KINDS = {
  js: { pattern: `offender-care-careers-${HASH}\\.js`, what: "hashed JavaScript file" },
  wasm: { pattern: `offender-care-careers-${HASH}_bg\\.wasm`, what: "hashed wasm file" },
  css: { pattern: `main-${HASH}\\.css`, what: "hashed stylesheet" },
};

/// Any of the build's hashed file names inside a text (a script, a page).
export const BUILT_NAME = new RegExp(Object.values(KINDS).map((k) => k.pattern).join("|"), "g");

/// An island program's files (src/bin/), named by tools/post-build.mjs
/// with a hash of their content as Trunk names the app's: `island-<program>-<hash>.js`
/// and `_bg.wasm`.
export const ISLAND_NAME = new RegExp(`island-[a-z]+-${HASH}(_bg\\.wasm|\\.js)`, "g");

/// A program's files under their content's hash (of both files, as Trunk
/// writes it: hex with no leading zeros).
export function islandNames(program, hash) {
  const h = hash.replace(/^0+/, "").slice(0, 16) || "1";
  return { js: `island-${program}-${h}.js`, wasm: `island-${program}-${h}_bg.wasm` };
}

/// The rest of the start-up (src/occ-later.js), named by tools/post-build.mjs
/// with a hash of its text: `occ-later-<hash>.js`.
export const LATER_NAME = new RegExp(`occ-later-${HASH}\\.js`, "g");
export const laterName = (hash) => `occ-later-${hash.replace(/^0+/, "").slice(0, 16) || "1"}.js`;

/// The build's hashed JavaScript, wasm and stylesheet among a directory's file
/// names; throws naming what is missing or doubled.
export function builtNames(files) {
  const names = {};
  for (const [key, { pattern, what }] of Object.entries(KINDS)) {
    const exact = new RegExp(`^${pattern}$`);
    const found = files.filter((name) => exact.test(name));
    if (found.length !== 1) throw new Error(`expected one ${what}, found ${found.length}: ${found.join(", ")}`);
    names[key] = found[0];
  }
  return names;
}

/// The same file under another hash, as a new build would name it, at most
/// `digits` long and with no leading zero (for tests of what a deploy does).
export function rehashed(name, digits = 16) {
  return name.replace(new RegExp(`-(${HASH})(?=(_bg)?\\.(js|wasm|css)$)`), (_, hash) => {
    const other = [...hash].reverse().join("").replace(/^0+/, "").slice(0, digits);
    return `-${other || "1"}`;
  });
}
