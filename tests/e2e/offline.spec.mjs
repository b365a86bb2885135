// Offline after the first visit: the service worker keeps the app and content.
import { test, expect, appShows, axeViolations } from "./helpers.mjs";

test.use({ serviceWorkers: "allow" });

test("after one visit, a role, a prison and the quiz open offline, with a note that they may be out of date", async ({ page, context }) => {
  page.__expectConsoleErrors = true; // requests fail while offline
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  // The worker has saved everything and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.locator(".occ-offline-note")).toHaveCount(0);

  await context.setOffline(true);
  await page.goto("/roles/registered-nurse");
  await appShows(page, "Registered nurse");
  await expect(page.locator(".occ-offline-note")).toContainText("We could not reach the site just now");
  await expect(page.getByText("A day in the life").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/prisons/hmp-elmley");
  await appShows(page, "HMP Elmley");
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);

  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  await expect(page.locator(".occ-checkboxes__input, .occ-radios__input").first()).toBeVisible();

  // Back online, content comes from the network again and the note goes.
  await context.setOffline(false);
  await page.goto("/roles/registered-nurse");
  await appShows(page, "Registered nurse");
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  await expect(page.locator(".occ-offline-note")).toHaveCount(0);
});
