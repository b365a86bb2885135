// Pay: the figures' period, from the content. The advert's figures and the
// other seed facts are in seed-facts.spec.mjs.
import { test, expect, appShows, axeViolations, PACK } from "./helpers.mjs";

// The pay figures' period comes from pay.json, so a new pay year changes nothing here.
const PAY = PACK.content.pay;
const dayAfter = (iso, days) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);

test("pay: the figures' period always, and a plain notice once today (UK) is past it", async ({ page }) => {
  // The last day the figures apply: no notice.
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 0));
  await page.goto("/pay?supplement=yes");
  await appShows(page, "Pay and benefits");
  await expect(page.getByText(`These are the ${PAY.pay_year} rates, for `)).toBeVisible();
  await expect(page.locator('[data-occ-notice="rates-past"]')).toBeHidden();
  // A month later: the notice, with where to check.
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 31));
  await page.reload();
  await appShows(page, "Pay and benefits");
  const notice = page.locator('[data-occ-notice="rates-past"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`The ${PAY.pay_year} rates applied until`);
  await expect(notice).toContainText("Newer rates may apply now.");
  // A later award the content knows of, whose figures are not here yet, said plainly.
  if (PAY.later_award) await expect(notice).toContainText(PAY.later_award.text);
  else await expect(notice.locator("[data-occ-later-award]")).toHaveCount(0);
  await expect(notice.getByRole("link", { name: PAY.latest.text })).toHaveAttribute("href", PAY.latest.url);
  expect(await axeViolations(page)).toEqual([]);
});


test("pay: the estimator follows its link, so the menu's Pay link starts a new estimate", async ({ page }) => {
  const band = PAY.bands.find((b) => b.points.length > 1).band;
  await page.goto(`/pay?band=${band}&point=2`);
  await appShows(page, "Pay and benefits");
  await expect(page.getByLabel("Pay band")).toHaveValue(String(band));
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toBeVisible();
  // The menu's link to this same page, without the query.
  const toggle = page.getByRole("button", { name: "Menu" });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Pay", exact: true }).click();
  await expect(page).toHaveURL(/\/pay$/);
  await expect(page.getByLabel("Pay band")).toHaveValue("");
  await expect(page.getByLabel("Pay point")).toHaveValue("");
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toHaveCount(0);
  // And back: the link's estimate again.
  await page.goBack();
  await expect(page.getByLabel("Pay band")).toHaveValue(String(band));
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toBeVisible();
});

// Issue 33: every dated figure carries its period's notice once past, on a
// page built in advance too (no program: the start script shows it).
test("a role page past its pay year says the rates may be out of date, with where to check", async ({ page }) => {
  const role = PACK.content.roles[0];
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 0));
  await page.goto(`/roles/${role.id}`);
  await appShows(page, role.title);
  await expect(page.getByText(`NHS pay points in ${PAY.pay_year}`)).toBeVisible();
  await expect(page.locator('[data-occ-notice="rates-past"]')).toBeHidden();
  await page.clock.setFixedTime(dayAfter(PAY.valid_until, 1));
  await page.reload();
  await appShows(page, role.title);
  const notice = page.locator('[data-occ-notice="rates-past"]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`The ${PAY.pay_year} rates applied until`);
  if (PAY.later_award) await expect(notice).toContainText(PAY.later_award.text);
  await expect(notice.getByRole("link", { name: PAY.latest.text })).toHaveAttribute("href", PAY.latest.url);
  expect(await axeViolations(page)).toEqual([]);
});

test("a site's page marks a closed advert as closed, with its closing date", async ({ page }) => {
  const vacancy = PACK.content.vacancies.find((v) => v.sites.length > 0);
  const site = PACK.content.sites.sites.find((s) => s.id === vacancy.sites[0]);
  const closing = vacancy.closing.slice(0, 10);
  // Open the day before it closes, closed the day after: the same built page.
  await page.clock.setFixedTime(dayAfter(closing, -1));
  await page.goto(`/prisons/${site.id}`);
  await appShows(page, site.name);
  const item = page.locator("li", { has: page.getByRole("link", { name: vacancy.title }) });
  // As shown: the words for a closed post are in the page, hidden.
  await expect(item).toContainText("closing date", { useInnerText: true });
  await expect(item).not.toContainText("closed,", { useInnerText: true });
  await page.clock.setFixedTime(dayAfter(closing, 1));
  await page.reload();
  await appShows(page, site.name);
  await expect(item).toContainText("(closed, closing date", { useInnerText: true });
  await expect(page.getByText("There are no open vacancies at this site at the moment.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a role with no essential qualification says so in words", async ({ page }) => {
  const role = PACK.content.roles.find((r) => r.qualifications.essential.length === 0);
  test.skip(!role, "every role in this content needs a qualification");
  await page.goto(`/roles/${role.id}`);
  await appShows(page, role.title);
  await expect(page.getByText("No qualifications needed to apply")).toBeVisible();
  await expect(page.getByText("None listed")).toHaveCount(0);
});
