// Every route, loaded directly (the server's fallback to the app page), on both viewports:
// heading, title, one main landmark, no axe violations, nothing wider than the screen.
import { emptyHeadings, test, expect, ROUTES, titleOf, appShows, axeViolations } from "./helpers.mjs";

for (const route of ROUTES) {
  test(`${route.path} loads directly, is titled and has no axe violations`, async ({ page }) => {
    const response = await page.goto(route.path);
    // An address that is no page answers 404, with the app's not-found page.
    expect(response.status()).toBe(route.h1 === "Page not found" ? 404 : 200);
    expect(response.headers()["content-type"]).toContain("text/html");
    await appShows(page, route.h1);
    await expect(page).toHaveTitle(titleOf(route.h1));
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveCount(1);
    // Wait for content so axe sees the finished page.
    await expect(page.locator(".occ-loading")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "page is wider than the screen").toBeLessThanOrEqual(0);
    expect(await emptyHeadings(page), "headings with nothing under them").toEqual([]);
  });
}


test("a 320 pixel screen needs no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await appShows(page, route.h1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route.path} is wider than 320px`).toBeLessThanOrEqual(0);
  }
});

test("ids that are not slugs give the 404 page", async ({ page }) => {
  for (const path of ["/roles/Registered_Nurse", "/roles/brain-surgeon", "/prisons/%3Cscript%3E", "/vacancies/a--b"]) {
    await page.goto(path);
    await appShows(page, "Page not found");
    await expect(page).toHaveTitle(titleOf("Page not found"));
  }
});

test("the 404 page links back into the site", async ({ page }) => {
  await page.goto("/no-such-page");
  await appShows(page, "Page not found");
  await page.getByRole("link", { name: "the home page of this site" }).click();
  await appShows(page, "Careers in offender healthcare");
  await expect(page).toHaveURL(/\/$/);
});
