// Where you can work: filters, distances, geolocation on request only, site pages.
import { test, expect, appShows, axeViolations, PUBLISHED } from "./helpers.mjs";

const names = (page) => page.locator(".occ-site__name");

test("closed sites are marked and can be hidden", async ({ page }) => {
  await page.goto("/prisons?region=south-west");
  await appShows(page, "Where you can work");
  await expect(page.locator(".occ-site", { hasText: "HMP Dartmoor" }).locator(".occ-tag")).toHaveText("Closed");
  await page.getByLabel("Hide closed sites").check();
  await expect(page.locator(".occ-count")).toHaveText("Showing 9 of 18 sites");
  await expect(page.locator(".occ-site", { hasText: "HMP Dartmoor" })).toHaveCount(0);
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

test("a closed site says so and is not offered as a place to work", async ({ page }) => {
  await page.goto("/prisons/hmp-dartmoor");
  await appShows(page, "HMP Dartmoor");
  await expect(page.locator("main")).toContainText("closed since mid-2024 because of radon");
  await expect(page.locator("main")).toContainText("It is not a place to work at the moment.");
});

test("an unknown site gives the 404 page", async ({ page }) => {
  await page.goto("/prisons/hmp-belmarsh");
  await appShows(page, "Page not found");
});

test("the map: markers follow the filters, light up with the list, and open by keyboard", async ({ page }) => {
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  const markers = page.locator("svg a.occ-map__marker");
  // Every region first, one marker each; a region's own markers once it is chosen.
  const regionsWithSites = new Set(PUBLISHED.content.sites.sites.map((s) => s.region)).size;
  await expect(markers).toHaveCount(regionsWithSites);
  await expect(page.locator("svg .occ-map__land").first()).toBeVisible();
  await expect(page.locator("figcaption")).toContainText("Natural Earth");
  await page.getByLabel("Region").selectOption("kent");
  await expect(markers).toHaveCount(PUBLISHED.content.sites.sites.filter((s) => s.region === "kent").length);
  // The Sheppey prisons, a few hundred metres apart, are drawn apart with leader lines.
  await expect(page.locator("svg .occ-map__leader").first()).toBeAttached();

  // Focus in the list lights the marker, and the reverse.
  await page.getByRole("link", { name: "HMP Maidstone", exact: true }).focus();
  await expect(page.locator('svg a.occ-map__marker--on[aria-label^="HMP Maidstone"]')).toHaveCount(1);
  const marker = page.locator('svg a.occ-map__marker[aria-label^="HMP Rochester"]');
  await marker.focus();
  await expect(page.locator(".occ-site--on")).toContainText("HMP Rochester");
  // The sites' program runs only this page: a marker opens the site's built page.
  await page.keyboard.press("Enter");
  await appShows(page, "HMP Rochester");
  await expect(page).toHaveURL(/\/prisons\/hmp-rochester$/);
});
