// Vacancies, pay and the estimator, getting started and about.
import { readFileSync } from "node:fs";
import { test, expect, appShows, axeViolations, SITE_CONTENT } from "./helpers.mjs";

const ADVERT = "/vacancies/bank-mental-health-practitioner-kent-prisons";
const ADVERT_TITLE = "Bank Mental Health Practitioner - Kent Prisons";

test("the seed advert shows as closed today, with every NHS Jobs field", async ({ page }) => {
  await page.goto("/vacancies");
  await appShows(page, "Vacancies");
  await expect(page.locator(".occ-count")).toHaveText("There are no open vacancies at the moment.");
  // With every post closed, the page leads straight to the trust's live jobs.
  await expect(page.locator("main").getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
  const item = page.locator(".occ-vacancy").first();
  await expect(item.locator(".occ-tag")).toHaveText("Closed");
  await expect(item).toContainText("9 December 2025 at 11:59pm");

  await item.getByRole("link", { name: ADVERT_TITLE }).click();
  await appShows(page, ADVERT_TITLE);
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.getByText("This vacancy has closed. You cannot apply for it now.")).toBeVisible();
  for (const text of ["277-BankMHPrac-B6- Kent P", "£46,764 per annum pro-rata inc. HCAS", "Offender Healthcare", "Band 6", "Clare Denny"]) {
    await expect(page.locator("main")).toContainText(text);
  }
  for (const heading of ["Job summary", "Job overview", "Main duties of the job", "Person specification", "Applicant requirements"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByText("Essential criteria")).toHaveCount(4);
  await expect(page.getByText("Applications have closed.")).toBeVisible();
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
  await expect(page.getByText("Apply on NHS Jobs: search for the job reference 277-BankMHPrac-B6- Kent P")).toBeVisible();
});

test("the pay estimator gives the advert's figure and explains it", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  await expect(page.getByRole("table")).toContainText("£38,682, £40,823, £46,580");
  await page.getByLabel("Pay band").selectOption("6");
  await page.getByLabel("Pay point").selectOption("2");
  await page.getByRole("button", { name: "Work out pay" }).click();
  const result = page.locator(".occ-panel");
  await expect(result).toContainText("£46,764 a year");
  await expect(result).toContainText("This is an estimate");
  await expect(result).toContainText("more than the maximum, so the maximum of £5,941 applies");
  await expect(page).toHaveURL(/\/pay\?band=6&point=2&hours=37\.5&supplement=yes$/);
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
  await page.getByLabel("Hours a week").fill("37.5");
  await page.getByLabel("Hours a week").press("Enter");
  await expect(summary).toHaveCount(0);
  await expect(page.locator(".occ-error-message")).toHaveCount(0);
  await expect(page.locator(".occ-panel")).toContainText("£31,312 a year");
  await expect(page.locator(".occ-panel")).toContainText("less than the minimum, so the minimum of £4,714 applies");
});

test("part-time pay is pro rata, supplement included", async ({ page }) => {
  await page.goto("/pay?band=6&point=2&hours=18.75&supplement=yes");
  await appShows(page, "Pay and benefits");
  await expect(page.locator(".occ-panel")).toContainText("£23,383 a year");
  await expect(page.locator(".occ-panel")).toContainText("The supplement is pro rata too");
  await page.getByLabel("Include the high cost area supplement").uncheck();
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(page.locator(".occ-panel")).toContainText("£20,412 a year");
});

// The pay figures' period comes from pay.json, so a new pay year changes nothing here.
const PAY = JSON.parse(readFileSync(new URL("../../public/content/pay.json", import.meta.url), "utf8"));
const dayAfter = (iso, days) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);

test("pay: the figures' period always, and a plain notice once today (UK) is past it", async ({ page }) => {
  // The last day the figures apply: no notice.
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 0));
  await page.goto("/pay?supplement=yes");
  await appShows(page, "Pay and benefits");
  await expect(page.getByText(`These are the ${PAY.pay_year} rates, for `)).toBeVisible();
  await expect(page.locator('[data-occ-notice="rates-past"]')).toHaveCount(0);
  // A month later: the notice, with where to check.
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 31));
  await page.reload();
  await appShows(page, "Pay and benefits");
  const notice = page.locator('[data-occ-notice="rates-past"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`The ${PAY.pay_year} rates applied until`);
  await expect(notice).toContainText("Newer rates may apply now.");
  await expect(notice.getByRole("link", { name: PAY.latest.text })).toHaveAttribute("href", PAY.latest.url);
  expect(await axeViolations(page)).toEqual([]);
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

test("about Oxleas gives its values and what staff say", async ({ page }) => {
  await page.goto("/about");
  await appShows(page, "About Oxleas");
  await expect(page.getByText("We're kind")).toBeVisible();
  await expect(page.locator(".occ-quote__who")).toHaveText(["Dawn, Administrator", "Ellen, Clinical Lead"]);
  await expect(page.getByRole("heading", { name: "Why work for Oxleas" })).toBeVisible();
  await page.getByRole("link", { name: "See the prisons on a map" }).click();
  await appShows(page, "Where you can work");
});
