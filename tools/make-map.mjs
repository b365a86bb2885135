// Makes public/content/map.json, the coastline the map of sites is drawn on,
// from Natural Earth's 1:10m land (public domain), via the npm package world-atlas.
// Run once when the area changes: `node tools/make-map.mjs`. The output is committed.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/land-10m.json"), "utf8"));

// Southern England and south Wales: every site, with room around them.
const BOX = { west: -5.8, east: 1.6, south: 49.9, north: 52.1 };
const WIDTH = 1000;
const MID = ((BOX.south + BOX.north) / 2) * (Math.PI / 180);
const K = WIDTH / ((BOX.east - BOX.west) * Math.cos(MID));
const HEIGHT = Math.round((BOX.north - BOX.south) * K);
const TOLERANCE = 0.7; // map units: about half a kilometre
const project = ([lon, lat]) => [(lon - BOX.west) * Math.cos(MID) * K, (BOX.north - lat) * K];

// TopoJSON arcs are quantised and delta-encoded.
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = (indices) => {
  const out = [];
  for (const i of indices) {
    const a = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
    out.push(...(out.length ? a.slice(1) : a));
  }
  return out;
};

// Sutherland–Hodgman against each side of the box.
function clip(points) {
  const sides = [
    [(p) => p[0] >= BOX.west, (a, b) => cross(a, b, 0, BOX.west)],
    [(p) => p[0] <= BOX.east, (a, b) => cross(a, b, 0, BOX.east)],
    [(p) => p[1] >= BOX.south, (a, b) => cross(a, b, 1, BOX.south)],
    [(p) => p[1] <= BOX.north, (a, b) => cross(a, b, 1, BOX.north)],
  ];
  let out = points;
  for (const [inside, meet] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(meet(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(meet(prev, cur));
    }
    if (!out.length) break;
  }
  return out;
}
function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

// Douglas–Peucker.
function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, at = -1;
    const [x1, y1] = points[a], [x2, y2] = points[b];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs((x2 - x1) * (y1 - points[i][1]) - (x1 - points[i][0]) * (y2 - y1)) / len;
      if (d > worst) { worst = d; at = i; }
    }
    if (worst > TOLERANCE) { keep[at] = 1; stack.push([a, at], [at, b]); }
  }
  return points.filter((_, i) => keep[i]);
}
// A closed ring starts and ends at one point: split it at the point farthest away first.
function simplifyRing(points) {
  let far = 0, best = -1;
  for (let i = 1; i < points.length; i++) {
    const d = Math.hypot(points[i][0] - points[0][0], points[i][1] - points[0][1]);
    if (d > best) { best = d; far = i; }
  }
  const a = simplify(points.slice(0, far + 1));
  const b = simplify(points.slice(far));
  return a.concat(b.slice(1));
}
const area = (pts) => Math.abs(pts.reduce((s, p, i) => { const q = pts[(i + 1) % pts.length]; return s + p[0] * q[1] - q[0] * p[1]; }, 0)) / 2;

const paths = [];
for (const geometry of topology.objects.land.geometries) {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
  for (const polygon of polygons) {
    for (const indices of polygon) {
      const clipped = clip(ring(indices));
      if (clipped.length < 3) continue;
      const pts = simplifyRing(clipped.map(project));
      if (pts.length < 3 || area(pts) < 4) continue;
      const r = (n) => Math.round(n * 10) / 10;
      paths.push("M" + pts.map(([x, y]) => `${r(x)} ${r(y)}`).join("L") + "Z");
    }
  }
}

const out = {
  $schema: "schema/map.schema.json",
  attribution: "Coastline from Natural Earth (public domain), via the world-atlas package.",
  source: "https://www.naturalearthdata.com",
  west: BOX.west,
  east: BOX.east,
  south: BOX.south,
  north: BOX.north,
  width: WIDTH,
  height: HEIGHT,
  land: paths,
};
writeFileSync(new URL("../public/content/map.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`map.json: ${paths.length} shapes, ${JSON.stringify(out).length} bytes, ${WIDTH}x${HEIGHT}`);
