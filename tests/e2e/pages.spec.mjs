// Pay: the figures' period, from the content. The advert's figures and the
// other seed facts are in seed-facts.spec.mjs.
import { readFileSync } from "node:fs";
import { test, expect, appShows, axeViolations } from "./helpers.mjs";

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
