// Another trust runs the site: a fictional trust's content (tests/fixtures,
// never shipped) served from a copy of the build whose pages were built again
// from it (tools/with-content.mjs). Every route renders, names that trust, and
// nothing on any page, title or built page comes from the real trust.
// These run only in the fictional-* projects (playwright.config.mjs).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test, expect, appShows, axeViolations, FICTIONAL, PUBLISHED } from "./helpers.mjs";

const REAL = new RegExp(PUBLISHED.content.site.trust_short_name, "i");
const everything = (page) =>
  page.evaluate(() => `${document.title}\n${document.head.innerHTML}\n${document.body.innerText}\n${document.body.innerHTML}`);

for (const route of FICTIONAL.routes) {
  test(`@fictional ${route.path} names the fictional trust and never the real one`, async ({ page }) => {
    await page.goto(route.path);
    await appShows(page, route.h1);
    await expect(page).toHaveTitle(FICTIONAL.titleOf(route.h1));
    await expect(page.locator(".occ-loading")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.locator(".occ-header")).toContainText(FICTIONAL.trust);
    expect(await everything(page)).not.toMatch(REAL);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("@fictional no built page or index.html names the real trust", async () => {
  const dist = new URL("../../target/fictional-dist/", import.meta.url).pathname;
  const pages = [join(dist, "index.html")];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "index.html") pages.push(path);
    }
  };
  walk(join(dist, "prerendered"));
  expect(pages.length).toBeGreaterThan(FICTIONAL.content.roles.length);
  for (const path of pages) {
    const html = readFileSync(path, "utf8");
    expect(html, path).toContain(FICTIONAL.trust);
    expect(html, path).not.toMatch(REAL);
  }
});

test("@fictional the editors' check passes the fictional trust's content", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
});

test("@fictional its open vacancy is open and links to the fictional trust's jobs", async ({ page }) => {
  const vacancy = FICTIONAL.content.vacancies[0];
  await page.goto("/vacancies");
  await appShows(page, "Vacancies");
  await expect(page.getByRole("link", { name: vacancy.title })).toBeVisible();
  await page.goto(`/vacancies/${vacancy.id}`);
  await appShows(page, vacancy.title);
  // The words for a closed post are in the built page, hidden while it is open.
  await expect(page.getByText("This vacancy has closed")).toBeHidden();
  await expect(page.locator(".occ-tag").first()).toHaveText(/^Closes in \d+ days$/);
  await expect(page.getByText(/^Apply /).first()).toBeVisible();
  await expect(page.getByText("Words in this advert explained")).toBeVisible();
});
