// Where you can work: filters, distances, geolocation on request only, site pages.
// Sites, regions and counts come from the content pack the suite runs on.
import { test, expect, appShows, axeViolations, holdIslandPrograms, PACK, packFile } from "./helpers.mjs";

const SITES = PACK.content.sites.sites;
/// A closed site, and its region.
const CLOSED = SITES.find((s) => s.closed);
/// A region with close neighbours drawn apart: the one with the most sites.
const BUSIEST = PACK.content.sites.regions
  .map((r) => ({ ...r, sites: SITES.filter((s) => s.region === r.id) }))
  .sort((a, b) => b.sites.length - a.sites.length)[0];

const names = (page) => page.locator(".occ-site__name");

test("closed sites are marked and can be hidden", async ({ page }) => {
  test.skip(!CLOSED, "the pack has no closed site");
  await page.goto(`/prisons?region=${CLOSED.region}`);
  await appShows(page, "Where you can work");
  const card = page.locator(".occ-site").filter({ has: page.getByRole("link", { name: CLOSED.name, exact: true }) });
  await expect(card.locator(".occ-tag")).toHaveText("Closed");
  await page.getByLabel("Hide closed sites").check();
  const open = SITES.filter((s) => s.region === CLOSED.region && !s.closed).length;
  await expect(page.locator(".occ-count")).toHaveText(`Showing ${open} of ${SITES.length} sites`);
  await expect(card).toHaveCount(0);
});

test("geolocation is asked for only on request; a refusal offers the town list", async ({ page, context }) => {
  let asked = false;
  await context.exposeFunction("__occAsked", () => { asked = true; });
  await page.addInitScript(() => {
    const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (ok, err, opts) => {
      window.__occAsked();
      err({ code: 1, PERMISSION_DENIED: 1, message: "denied" });
    };
  });
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  expect(asked).toBe(false);
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page.getByRole("alert")).toContainText("You did not allow this site to use your location.");
  await expect(page.getByRole("alert")).toContainText("Choose a town from the list instead.");
  expect(asked).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
});

test("after \"Use my location\", where the person pressed says what changed, and the select says the location is used", async ({ browser, baseURL }) => {
  const site = SITES.find((s) => !s.closed);
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, geolocation: { latitude: site.latitude, longitude: site.longitude }, permissions: ["geolocation"] });
  const page = await context.newPage();
  try {
    await page.goto("/prisons");
    await appShows(page, "Where you can work");
    await expect(page.getByLabel("Sort by distance from").locator("option:checked")).toHaveText("No town chosen");
    await page.getByRole("button", { name: "Use my location" }).tap();
    const said = page.getByRole("status").filter({ hasText: "Sites are now in order of distance from your location." });
    await expect(said).toBeVisible();
    await expect(said).toBeInViewport();
    const first = await names(page).first().textContent();
    await expect(said).toContainText(`The nearest is ${first.trim()}, `);
    await expect(page.getByLabel("Sort by distance from").locator("option:checked")).toHaveText("Your location");
    expect(await axeViolations(page)).toEqual([]);
    // Choosing a town instead: sorted from there, and the note goes.
    const town = await page.getByLabel("Sort by distance from").locator("option").nth(1).getAttribute("value");
    await page.getByLabel("Sort by distance from").selectOption(town);
    await expect(page.locator(".occ-count")).toContainText(`nearest to ${town} first`);
    await expect(said).toHaveCount(0);
  } finally {
    await context.close();
  }
});

/// A town the content lists where no site is, to measure from.
const LISTED_TOWN = (PACK.content.sites.towns ?? []).find((t) => !SITES.some((s) => s.town.replace(/^near /, "") === t.name));

/// Great-circle miles, as the app measures (to rank, not to match its words).
const miles = (a, b) => {
  const r = (d) => (d * Math.PI) / 180;
  const h = Math.sin(r(b[0] - a[0]) / 2) ** 2 + Math.cos(r(a[0])) * Math.cos(r(b[0])) * Math.sin(r(b[1] - a[1]) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.min(1, Math.sqrt(h)));
};

test("a town the content lists is offered, and its link sorts the sites nearest first from the town itself", async ({ page }) => {
  test.skip(!LISTED_TOWN, "the pack lists no town beyond its sites' own");
  const from = [LISTED_TOWN.latitude, LISTED_TOWN.longitude];
  const expected = [...SITES].sort((a, b) => miles(from, [a.latitude, a.longitude]) - miles(from, [b.latitude, b.longitude]) || (a.name < b.name ? -1 : 1)).map((s) => s.name);
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  const near = page.getByLabel("Sort by distance from");
  await expect(near.locator("option", { hasText: LISTED_TOWN.name })).toHaveCount(1);
  await near.selectOption(LISTED_TOWN.name);
  await expect(page.locator(".occ-count")).toContainText(`nearest to ${LISTED_TOWN.name} first`);
  await expect(names(page)).toHaveText(expected);
  // The same by its address, opened afresh.
  await page.goto(`/prisons?near=${encodeURIComponent(LISTED_TOWN.name)}`);
  await appShows(page, "Where you can work");
  await expect(near.locator("option:checked")).toHaveText(LISTED_TOWN.name);
  await expect(names(page)).toHaveText(expected);
  expect(await axeViolations(page)).toEqual([]);
});

test("on a phone, every marker can be tapped and named in turn, whatever name was shown before: under the map, and on it only inside it and covering no other marker", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await page.goto(`/prisons?region=${BUSIEST.id}`);
    await appShows(page, "Where you can work");
    const markers = page.locator("svg a.occ-map__marker");
    await expect(markers).toHaveCount(BUSIEST.sites.length);
    const map = await page.locator("svg.occ-map__svg").boundingBox();
    for (let i = 0; i < BUSIEST.sites.length; i++) {
      const label = await markers.nth(i).getAttribute("aria-label");
      // A first tap names the marker, even where the last name was written.
      await markers.nth(i).tap();
      await expect(page.locator(".occ-map__named")).toHaveText(/[.!?]$/.test(label) ? label : `${label}.`);
      await expect(page).toHaveURL(/\/prisons\?/);
      const name = page.locator(".occ-map__name");
      if (!(await name.count())) continue;
      await expect(name).toContainText(label.split(/, |\. /)[0]);
      const box = await name.boundingBox();
      expect(box.x >= map.x - 1 && box.x + box.width <= map.x + map.width + 1, label).toBe(true);
      // Every other marker can still be seen and tapped.
      const covered = await page.evaluate((me) => {
        const r = document.querySelector(".occ-map__name").getBoundingClientRect();
        return [...document.querySelectorAll("svg a.occ-map__marker")]
          .filter((_, k) => k !== me)
          .map((a) => a.querySelector("circle").getBoundingClientRect())
          .filter((c) => {
            const [cx, cy, rad] = [c.x + c.width / 2, c.y + c.height / 2, c.width / 2];
            const dx = cx - Math.max(r.left, Math.min(cx, r.right));
            const dy = cy - Math.max(r.top, Math.min(cy, r.bottom));
            return dx * dx + dy * dy < rad * rad;
          }).length;
      }, i);
      expect(covered, label).toBe(0);
    }
  } finally {
    await context.close();
  }
});

test("a closed site says so and is not offered as a place to work", async ({ page }) => {
  test.skip(!CLOSED, "the pack has no closed site");
  await page.goto(`/prisons/${CLOSED.id}`);
  await appShows(page, CLOSED.name);
  await expect(page.locator("main")).toContainText(CLOSED.closed.text);
  await expect(page.locator("main")).toContainText("It is not a place to work at the moment.");
});

test("an unknown site gives the 404 page", async ({ page }) => {
  await page.goto("/prisons/hmp-no-such-prison");
  await appShows(page, "Page not found");
});

test("the map: markers follow the filters, light up with the list, and open by keyboard", async ({ page }) => {
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  const markers = page.locator("svg a.occ-map__marker");
  // Every region first, one marker each; a region's own markers once it is chosen.
  const regionsWithSites = new Set(SITES.map((s) => s.region)).size;
  await expect(markers).toHaveCount(regionsWithSites);
  await expect(page.locator("svg .occ-map__land").first()).toBeVisible();
  await expect(page.locator("figcaption")).toContainText(JSON.parse(packFile("map.json")).attribution);
  // A marker for each region: no site carries a letter.
  if (regionsWithSites > 1) await expect(page.locator(".occ-site__letter")).toHaveCount(0);
  await page.getByLabel("Region").selectOption(BUSIEST.id);
  await expect(markers).toHaveCount(BUSIEST.sites.length);
  // Each site's marker and its card in the list carry the same letter, each its own.
  const letters = [];
  for (const s of BUSIEST.sites) {
    const letter = (await page.locator(`svg a.occ-map__marker[aria-label^="${s.name},"] text`).textContent()).trim();
    await expect(page.locator(`#occ-site-${s.id} .occ-site__letter`)).toHaveText(letter);
    letters.push(letter);
  }
  expect(new Set(letters).size).toBe(BUSIEST.sites.length);
  expect(letters.every((l) => /^[A-Z]+$/.test(l))).toBe(true);
  // Its closest sites are drawn apart, with leader lines to where they are.
  await expect(page.locator("svg .occ-map__leader").first()).toBeAttached();

  // Focus in the list lights the marker, and the reverse.
  const [one, other] = BUSIEST.sites.filter((s) => !s.closed);
  await page.getByRole("link", { name: one.name, exact: true }).focus();
  await expect(page.locator(`svg a.occ-map__marker--on[aria-label^="${one.name},"]`)).toHaveCount(1);
  const marker = page.locator(`svg a.occ-map__marker[aria-label^="${other.name},"]`);
  await marker.focus();
  await expect(page.locator(".occ-site--on")).toContainText(other.name);
  // The sites' program runs only this page: a marker opens the site's built page.
  await page.keyboard.press("Enter");
  await appShows(page, other.name);
  await expect(page).toHaveURL(new RegExp(`/prisons/${other.id}$`));
});

// The map has a program of its own, fetched only once the map is used (issue
// 48: the sites' program without it is under 100 KB). Until then the built
// map shows the page's own address; once a filter changes, it is out of
// sight under a message until its program has drawn it again.
const MAP_PROGRAM = /\/island-sitemap-[0-9a-f]+_bg\.wasm$/;
const REGIONS_WITH_SITES = new Set(SITES.map((s) => s.region)).size;

test("the map's program comes only once the map is used, and the map then follows the filters", async ({ page }) => {
  const asked = [];
  page.on("request", (r) => MAP_PROGRAM.test(r.url()) && asked.push(r.url()));
  const release = await holdIslandPrograms(page, "**/island-sitemap-*_bg.wasm");
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  const markers = page.locator("svg a.occ-map__marker");
  await expect(markers).toHaveCount(REGIONS_WITH_SITES);
  expect(asked).toEqual([]);
  // A filter changed: the list follows at once; the map says it is getting ready.
  await page.getByLabel("Region").selectOption(BUSIEST.id);
  await expect(names(page)).toHaveCount(BUSIEST.sites.length);
  await expect.poll(() => asked.length).toBe(1);
  const place = page.locator("[data-occ-island='site-map']");
  await expect(place.getByRole("status")).toHaveText("Getting the map ready for what you chose.");
  await expect(page.locator("svg.occ-map__svg")).toBeHidden();
  await expect(page.locator("#offender-care-careers")).not.toHaveAttribute("data-occ-complete", "");
  expect(await axeViolations(page)).toEqual([]);
  release();
  await expect(markers).toHaveCount(BUSIEST.sites.length);
  await expect(page.locator("svg.occ-map__svg")).toBeVisible();
  await expect(place.getByRole("status")).toHaveCount(0);
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  // From now on it follows at once, back and forward too.
  await page.getByLabel("Region").selectOption("");
  await expect(markers).toHaveCount(REGIONS_WITH_SITES);
  await page.goBack();
  await expect(markers).toHaveCount(BUSIEST.sites.length);
  await expect(names(page)).toHaveCount(BUSIEST.sites.length);
  expect(asked).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);
});

test("a marker pressed before the map's program has come is not followed: once it has, the marker is named", async ({ page }) => {
  const release = await holdIslandPrograms(page, "**/island-sitemap-*_bg.wasm");
  await page.goto("/prisons");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  const marker = page.locator("svg a.occ-map__marker").first();
  const label = await marker.getAttribute("aria-label");
  await marker.click();
  await expect(page).toHaveURL(/\/prisons$/);
  release();
  await expect(page.locator(".occ-map__named")).toHaveText(/[.!?]$/.test(label) ? label : `${label}.`);
  await expect(page).toHaveURL(/\/prisons$/);
  await expect(marker).toBeFocused();
});

test("if the map's program cannot come, the map says so and the list still follows the filters", async ({ page }) => {
  await page.route("**/island-sitemap-*_bg.wasm", (route) => route.abort("internetdisconnected"));
  page.__expectConsoleErrors = true; // the failed request, and occ-start.js saying the map could not load
  await page.goto("/prisons");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  await page.getByLabel("Region").selectOption(BUSIEST.id);
  await expect(names(page)).toHaveCount(BUSIEST.sites.length);
  const place = page.locator("[data-occ-island='site-map']");
  await expect(place.getByRole("status")).toHaveText("Sorry, the map could not be brought up to date. Check your connection, then reload the page.");
  await expect(page.locator("svg.occ-map__svg")).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});
