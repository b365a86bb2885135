// The end-to-end tests visit each route of tools/content-routes.mjs and check
// its heading (routes.spec.mjs), through nginx and the app's router. So that
// list must hold every route the app has (src/domain/routes.rs, by way of
// src/contract.json): a route added to the app and not visited fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { packOf } from "../../tools/content-routes.mjs";
import { CONTRACT } from "../../tools/contract.mjs";

for (const dir of ["public/content", "tests/fixtures/fictional-trust/content"]) {
  test(`the routes visited with ${dir} are every route of the app`, () => {
    const paths = packOf(dir).routes.map((r) => new URL(r.path, "http://localhost").pathname);
    for (const section of CONTRACT.SECTIONS) assert.ok(paths.includes(section), `${section} is not visited`);
    for (const section of CONTRACT.ITEM_SECTIONS) {
      const items = paths.filter((p) => p.startsWith(`${section}/`) && !CONTRACT.SECTIONS.includes(p));
      assert.ok(items.length > 0, `no item of ${section} is visited`);
    }
    // Any other path is the page not found.
    const known = (p) => CONTRACT.SECTIONS.includes(p) || CONTRACT.ITEM_SECTIONS.some((s) => p.startsWith(`${s}/`));
    assert.deepEqual(paths.filter((p) => !known(p)), ["/no-such-page"]);
  });
}
