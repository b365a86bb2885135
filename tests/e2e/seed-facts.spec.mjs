// The seed facts the site must reproduce, end to end: the advert's fields,
// salary and closing date, its pay figures, the Kent prisons and their table,
// the careers page's steps and voices. Like tests/seed_facts.rs, this is the one
// end-to-end file that names today's content: every other spec reads what it
// needs from the content files, so a trust adding a prison or a role, or moving
// to a new pay year, breaks only this file (and then the seed fact changed:
// check it against ../shared/ before editing a test here).
import { test, expect, appShows, axeViolations, SITE_CONTENT } from "./helpers.mjs";

const ADVERT = "/vacancies/bank-mental-health-practitioner-kent-prisons";
// As the advert writes it, space and all.
const ADVERT_TITLE = "Bank Mental Health Practitioner -Kent Prisons";
const names = (page) => page.locator(".occ-site__name");

test("the seed advert shows as closed today, with every NHS Jobs field", async ({ page }) => {
  await page.goto("/vacancies");
  await appShows(page, "Vacancies");
  await expect(page.locator(".occ-count")).toHaveText("There are no open vacancies at the moment.");
  // With every post closed, the page leads straight to the trust's live jobs.
  await expect(page.locator("main").getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
  const item = page.locator(".occ-vacancy").first();
  await expect(item.locator(".occ-tag")).toHaveText("Closed");
  await expect(item).toContainText("9 December 2025 at 11:59pm");

  // A page of its own, loaded as any link loads a page.
  await item.getByRole("link", { name: ADVERT_TITLE }).click();
  await appShows(page, ADVERT_TITLE);
  await expect(page).toHaveURL(new RegExp(`${ADVERT}$`));
  await expect(page.getByText("This vacancy has closed. You cannot apply for it now.")).toBeVisible();
  for (const text of ["277-BankMHPrac-B6- Kent P", "£46,764 per annum pro-rata inc. HCAS", "Offender Healthcare", "Band 6", "Clare Denny"]) {
    await expect(page.locator("main")).toContainText(text);
  }
  for (const heading of ["Job summary", "Job overview", "Main duties of the job", "Person specification", "Applicant requirements"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Essential criteria")).toHaveCount(4);
  await expect(page.getByText("Applications for this post have closed.")).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
  await expect(page.getByRole("link", { name: "mental health practitioner" })).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "HMP Elmley" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("closing dates read against today's date", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2025-12-06T10:00:00"));
  await page.goto("/vacancies");
  await expect(page.locator(".occ-vacancy .occ-tag")).toHaveText("Closes in 3 days");
  await expect(page.locator(".occ-count")).toHaveText("1 open vacancy");
  await page.clock.setFixedTime(new Date("2025-12-09T23:30:00"));
  await page.goto(ADVERT);
  await appShows(page, ADVERT_TITLE);
  await expect(page.locator("main .occ-tag")).toHaveText("Closes today");
  await expect(page.getByText("Apply through the trust's live jobs: this post's job reference is 277-BankMHPrac-B6- Kent P.")).toBeVisible();
  await expect(page.locator("main .occ-apply").getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
});

test("the pay estimator gives the advert's figure and explains it", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  await expect(page.getByRole("table")).toContainText("£38,682, £40,823, £46,580");
  await page.getByLabel("Pay band").selectOption("6");
  await page.getByLabel("Pay point").selectOption("2");
  // The advert's post is in Kent, where the supplement is paid.
  await page.getByLabel("Kent", { exact: true }).check();
  await page.getByRole("button", { name: "Work out pay" }).click();
  const result = page.locator(".occ-panel");
  await expect(result).toContainText("£46,764 a year");
  await expect(result).toContainText("This is an estimate");
  await expect(result).toContainText("more than the maximum, so the maximum of £5,941 applies");
  await expect(page).toHaveURL(/\/pay\?band=6&point=2&hours=37\.5&area=kent$/);
  // The link alone brings the estimate back.
  await page.reload();
  await expect(page.locator(".occ-panel")).toContainText("£46,764 a year");
  await expect(page.getByLabel("Pay band")).toHaveValue("6");
  expect(await axeViolations(page)).toEqual([]);
});

test("estimator errors are summarised, reachable and cleared by keyboard", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  await page.getByLabel("Hours a week").fill("40");
  await page.getByRole("button", { name: "Work out pay" }).press("Enter");
  const summary = page.locator(".occ-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Select a pay band", "Hours a week must be between 1 and 37.5"]);
  await expect(page.locator("#occ-pay-hours-error")).toContainText("Hours a week must be between 1 and 37.5");
  await expect(page.getByLabel("Hours a week")).toHaveAttribute("aria-describedby", /occ-pay-hours-error/);
  expect(await axeViolations(page)).toEqual([]);

  // Follow the first error link by keyboard: it lands on the field.
  await page.keyboard.press("Tab");
  await expect(summary.getByRole("link", { name: "Select a pay band" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Pay band")).toBeFocused();
  await page.getByLabel("Pay band").selectOption("3");
  await page.getByLabel("Pay point").selectOption("2");
  await page.getByLabel("Kent", { exact: true }).check();
  await page.getByLabel("Hours a week").fill("37.5");
  await page.getByLabel("Hours a week").press("Enter");
  await expect(summary).toHaveCount(0);
  await expect(page.locator(".occ-error-message")).toHaveCount(0);
  await expect(page.locator(".occ-panel")).toContainText("£31,312 a year");
  await expect(page.locator(".occ-panel")).toContainText("less than the minimum, so the minimum of £4,714 applies");
});

test("part-time pay is pro rata, supplement included", async ({ page }) => {
  // A link from before the estimator asked where the post is still works.
  await page.goto("/pay?band=6&point=2&hours=18.75&supplement=yes");
  await appShows(page, "Pay and benefits");
  await expect(page.locator(".occ-panel")).toContainText("£23,383 a year");
  await expect(page.locator(".occ-panel")).toContainText("The supplement is pro rata too");
  await expect(page.getByLabel("Kent", { exact: true })).toBeChecked();
  await page.getByLabel("Somewhere else, or I do not know yet").check();
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(page.locator(".occ-panel")).toContainText("£20,412 a year");
});

test("getting started gives the three steps and what to expect", async ({ page }) => {
  await page.goto("/get-started");
  await appShows(page, "How to get started");
  await expect(page.locator(".occ-steps__item")).toHaveCount(3);
  for (const h of ["Vetting and a DBS check", "A security search on arrival", "No phones", "Keys, radio and a clear bag"]) {
    await expect(page.getByRole("heading", { name: h })).toBeVisible();
  }
  await page.getByRole("link", { name: "a day in the life of Oyin, a registered nurse" }).click();
  await appShows(page, "Registered nurse");
  await expect(page.getByRole("heading", { name: "A day in the life: Oyin" })).toBeVisible();
});

test("about the trust gives its values and what staff say", async ({ page }) => {
  await page.goto("/about");
  await appShows(page, `About ${SITE_CONTENT.trust_short_name}`);
  await expect(page.getByText("We're kind")).toBeVisible();
  await expect(page.locator(".occ-quote__who")).toHaveText(["Dawn, Administrator", "Ellen, Clinical Lead"]);
  await expect(page.getByRole("heading", { name: `Why work for ${SITE_CONTENT.trust_short_name}` })).toBeVisible();
  await page.getByRole("link", { name: "See the prisons on a map" }).click();
  await appShows(page, "Where you can work");
});

test("filter to Kent and see the seven Kent prisons", async ({ page }) => {
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await expect(page.locator(".occ-count")).toHaveText("Showing 18 of 18 sites");
  await page.getByLabel("Region").selectOption("kent");
  await expect(page).toHaveURL(/\/prisons\?region=kent$/);
  await expect(page.locator(".occ-count")).toHaveText("Showing 7 of 18 sites");
  await expect(names(page)).toHaveText([
    "HMP Elmley", "HMP Swaleside", "HMP Standford Hill", "HMP Rochester", "HMP Cookham Wood", "HMP Maidstone", "HMP East Sutton Park",
  ]);
  await page.getByLabel("Holds").selectOption("women");
  await expect(names(page)).toHaveText(["HMP East Sutton Park"]);
  expect(await axeViolations(page)).toEqual([]);
  await page.goBack();
  await expect(page.locator(".occ-count")).toHaveText("Showing 7 of 18 sites");
});

test("sort by distance from a chosen town", async ({ page }) => {
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await page.getByLabel("Sort by distance from").selectOption("Exeter");
  await expect(page.locator(".occ-count")).toContainText("nearest to Exeter first");
  await expect(names(page).nth(0)).toHaveText("HMP Exeter");
  await expect(names(page).nth(1)).toHaveText("HMP Channings Wood");
  await expect(page.locator(".occ-site").first()).toContainText("Under a mile");
  await expect(names(page).last()).toHaveText(/HMP (Elmley|Swaleside|Standford Hill)/);
});

test("a shared location sorts nearest first", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, geolocation: { latitude: 51.28, longitude: 0.52 }, permissions: ["geolocation"] });
  const page = await context.newPage();
  await page.goto("/prisons");
  await page.getByRole("button", { name: "Use my location" }).click();
  await expect(page.locator(".occ-count")).toContainText("nearest to your location first");
  await expect(names(page).first()).toHaveText("HMP Maidstone");
  await context.close();
});

test("a site's page gives its facts, roles, vacancies and nearby sites", async ({ page }) => {
  await page.goto("/prisons?region=kent");
  await appShows(page, "Where you can work");
  await page.getByRole("link", { name: "HMP Elmley", exact: true }).focus();
  await page.keyboard.press("Enter");
  // A page of its own, loaded as any link loads a page (the whole app's
  // focus on the new heading is tested in the embedded app: navigation.spec.mjs).
  await appShows(page, "HMP Elmley");
  await expect(page).toHaveURL(/\/prisons\/hmp-elmley$/);
  // (No longer "not easily reached by public transport": no advert or other
  // source could be found for it, issue 45.)
  for (const text of ["Category B, remand", "1,200 men", "24/7", "Isle of Sheppey", "a few minutes' walk"]) {
    await expect(page.locator("main")).toContainText(text);
  }
  await expect(page.getByRole("link", { name: "Mental health practitioner", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: ADVERT_TITLE })).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "HMP Swaleside" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open the area in OpenStreetMap" })).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\//);
  expect(await axeViolations(page)).toEqual([]);
});
