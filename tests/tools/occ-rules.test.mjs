// The rules occ-start.js applies before any program has come (src/occ-rules.js)
// give the app's answers on the cases tests/shared_rules.rs writes out with
// the Rust rules' own (tests/fixtures/shared-rules.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { hostPaths, plainSegments, routeOf, vacancyOrder } from "../../src/occ-rules.js";

const cases = JSON.parse(readFileSync(new URL("../fixtures/shared-rules.json", import.meta.url), "utf8"));
const shown = (s) => JSON.stringify(s);

test("a host's base path is read as the app reads it (BasePath::parse)", () => {
  assert.ok(cases.base_paths.length > 0);
  for (const { base_path, base } of cases.base_paths) assert.equal(hostPaths(base_path, null).base, base, shown(base_path));
});

test("a host's content folder is read as the app reads it (content_base)", () => {
  assert.ok(cases.content_paths.length > 0);
  for (const { base_path, content_path, content } of cases.content_paths) {
    assert.equal(hostPaths(base_path, content_path).content, content, `${shown(base_path)} ${shown(content_path)}`);
  }
});

test("a path's route is the app's (BasePath::route_of)", () => {
  assert.ok(cases.routes.length > 0);
  for (const { base, path, route } of cases.routes) assert.equal(routeOf(base, path), route, `${base} ${path}`);
});

test("vacancies are put in the app's order at a moment (domain::vacancies::in_order)", () => {
  assert.ok(cases.vacancy_orders.length > 0);
  for (const { now, now_millis, closes, order } of cases.vacancy_orders) assert.deepEqual(vacancyOrder(closes, now_millis), order, now);
});

test("a path that is not plain is refused whole", () => {
  for (const raw of ["//evil.example", "/a/../b", "/%2e%2e/", "/a\u0085b", "/a\uFEFFb"]) assert.equal(plainSegments(raw), null, shown(raw));
  assert.deepEqual(plainSegments(" /a//b/ "), ["a", "b"]);
});
