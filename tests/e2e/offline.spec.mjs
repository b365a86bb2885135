// Offline: the service worker keeps the pages a visitor has opened, and the
// programs and content those pages used (a visitor to pages that
// need no program downloads none, not even for the offline copy).
import { test, expect, appShows, axeViolations, ROUTES } from "./helpers.mjs";

test.use({ serviceWorkers: "allow" });

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

// A role, a site and the quiz, from the content pack.
const byPath = (pattern) => ROUTES.find((r) => pattern.test(r.path));
const [ROLE, SITE_PAGE, QUIZ] = [/^\/roles\/(?!compare)[^/?]+$/, /^\/prisons\/[^/?]+$/, /^\/quiz$/].map(byPath);
const OPENED = [ROLE, SITE_PAGE, QUIZ].map((r) => [r.path, r.h1]);

test("pages opened once, a role, a prison and the quiz, open offline, with a note that they may be out of date", async ({ page, context }) => {
  page.__expectConsoleErrors = true; // requests fail while offline
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  await controlled(page);
  await expect(page.locator(".occ-offline-note")).toBeHidden();
  for (const [path, h1] of OPENED) {
    await page.goto(path);
    await appShows(page, h1);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  }

  await context.setOffline(true);
  await page.goto(ROLE.path);
  await appShows(page, ROLE.h1);
  await expect(page.locator(".occ-offline-note")).toBeVisible();
  await expect(page.locator(".occ-offline-note")).toContainText("We could not reach the site just now");
  await expect(page.getByRole("heading", { name: "What the role involves" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(SITE_PAGE.path);
  await appShows(page, SITE_PAGE.h1);
  await expect(page.locator(".occ-offline-note")).toBeVisible();

  // The quiz's program and content were saved when it was opened: it works.
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.locator(".occ-checkboxes__input, .occ-radios__input").first()).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // The worker's word came before the program had started: heard all the same.
  await expect(page.locator(".occ-offline-note")).toBeVisible();

  // A link with a query to a page opened once: its page's saved copy, whose program reads the query.
  await page.goto("/quiz?from=a-shared-link");
  await appShows(page, "Which role suits you?");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.locator("[data-occ-waiting]")).toHaveCount(0);
  await expect(page.locator(".occ-offline-note")).toBeVisible();

  // Back online, pages come from the network again and the note goes.
  await context.setOffline(false);
  await page.goto(ROLE.path);
  await appShows(page, ROLE.h1);
  await expect(page.locator(".occ-offline-note")).toBeHidden();
});

test("a page never opened says plainly offline that it has not loaded, with a way on", async ({ page, context }) => {
  page.__expectConsoleErrors = true;
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  await controlled(page);
  // Nothing of a program was downloaded, for the page or for the offline copy.
  const saved = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname);
    return names;
  });
  expect(saved.filter((p) => p.endsWith(".wasm"))).toEqual([]);

  await context.setOffline(true);
  await page.goto("/about");
  const failure = page.locator(".occ-static-failure");
  await expect(failure).toBeVisible();
  await expect(failure).toContainText("This page has not loaded");
  await expect(failure.getByRole("link").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
