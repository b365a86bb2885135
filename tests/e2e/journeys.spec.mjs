// Journeys end in an application (issue 20): every role, site, vacancy and
// results page offers the trust's live jobs and a way to ask, as real links
// taken from the content, whichever trust runs the site.
import { test, expect, appShows, axeViolations, SITE_CONTENT, PUBLISHED } from "./helpers.mjs";

const { roles, sites, vacancies, pay: PAY } = PUBLISHED.content;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/// Answers every question of the quiz with its first answer and opens the results.
async function takeTheQuiz(page) {
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  for (;;) {
    await page.locator(".occ-quiz input").first().check();
    const results = page.getByRole("button", { name: "See your results" });
    if (await results.count()) {
      await results.click();
      break;
    }
    await page.getByRole("button", { name: "Next" }).click();
  }
  await appShows(page, "Your quiz results");
}

/// The way to apply or ask: the live jobs and the trust's website, as links.
async function offersApplyAndAsk(page, where) {
  const apply = page.locator(".occ-apply");
  await expect(apply, where).toHaveCount(1);
  await expect(apply.locator(`a[href="${SITE_CONTENT.jobs.url}"]`), where).toHaveText(SITE_CONTENT.jobs.text);
  await expect(apply.locator(`a[href="${SITE_CONTENT.trust_website.url}"]`), where).toHaveText(SITE_CONTENT.trust_website.text);
  await expect(apply, where).toContainText(SITE_CONTENT.ask.text);
}

const pages = [
  ["a role", `/roles/${roles[0].id}`, roles[0].title],
  ["another role", `/roles/${roles.at(-1).id}`, roles.at(-1).title],
  ["a site", `/prisons/${sites.sites.find((s) => !s.closed).id}`, sites.sites.find((s) => !s.closed).name],
  ["the vacancies", "/vacancies", "Vacancies"],
  ["a vacancy", `/vacancies/${vacancies[0].id}`, vacancies[0].title],
];

for (const [what, path, h1] of pages) {
  test(`${what} (${path}) offers a way to apply and to ask`, async ({ page }) => {
    await page.goto(path);
    await appShows(page, h1);
    await offersApplyAndAsk(page, path);
    expect(await axeViolations(page, ".occ-apply")).toEqual([]);
  });
}

test("quiz results offer a way to apply and to ask", async ({ page }) => {
  await takeTheQuiz(page);
  await offersApplyAndAsk(page, "quiz results");
  expect(await axeViolations(page)).toEqual([]);
});

test("a role's pay link lands on the estimator, worked out at the role's band from its first point", async ({ page }) => {
  const role = roles[0];
  await page.goto(`/roles/${role.id}`);
  await appShows(page, role.title);
  await page.getByRole("link", { name: /^Work out your pay/ }).click();
  await appShows(page, "Pay and benefits");
  await expect(page).toHaveURL(new RegExp(`/pay\\?band=${escape(role.band.from)}&point=1#occ-estimator$`));
  await expect(page.getByLabel("Pay band")).toHaveValue(role.band.from);
  await expect(page.getByLabel("Pay point")).toHaveValue("1");
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toBeVisible();
  await expect(page.locator("#occ-estimator")).toBeFocused();
  await expect(page.locator("#occ-estimator")).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});

test("the estimator comes first, starts at the first point, and says where the supplement is paid", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  const top = async (name) => (await page.getByRole("heading", { name, exact: true }).boundingBox()).y;
  expect(await top("Estimate your pay")).toBeLessThan(await top("Benefits"));
  const band = PAY.bands.find((b) => b.points.length > 1).band;
  await page.getByLabel("Pay band").selectOption(band);
  await expect(page.getByLabel("Pay point")).toHaveValue("1");
  const supplement = page.getByLabel("Include the high cost area supplement");
  await expect(supplement).not.toBeChecked();
  await expect(supplement).toHaveAccessibleDescription(new RegExp(escape(PAY.trust_supplement_note.text)));
  // The first press works: no pay point left to choose.
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(page.locator(".occ-error-summary")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`band=${escape(band)}&point=1&hours=${escape(String(PAY.full_time_hours))}&supplement=no$`));
  expect(await axeViolations(page)).toEqual([]);
});
