// A person exploring roles: list, filter, profile, comparison and pathways.
import { readFileSync } from "node:fs";
import { test, expect, appShows, axeViolations, titleOf } from "./helpers.mjs";

const PAY = JSON.parse(readFileSync(new URL("../../public/content/pay.json", import.meta.url), "utf8"));

const count = (page) => page.locator(".occ-count");

test("filter the list, share it by its link, and undo with Back", async ({ page }) => {
  await page.goto("/roles");
  await appShows(page, "Roles in prison healthcare");
  await expect(count(page)).toHaveText("Showing 9 of 9 roles");

  await page.getByLabel("Type of role").selectOption("non-clinical");
  await expect(page).toHaveURL(/\/roles\?type=non-clinical$/);
  await expect(count(page)).toHaveText("Showing 1 of 9 roles");
  await expect(page.getByRole("link", { name: "Healthcare administrator" })).toBeVisible();

  await page.getByLabel("Type of role").selectOption("clinical");
  await page.getByLabel("Professional registration").selectOption("not-needed");
  await expect(count(page)).toHaveText("Showing 2 of 9 roles");
  await page.getByLabel("Lowest band").selectOption("7");
  await expect(count(page)).toHaveText("Showing 0 of 9 roles");
  await expect(page.getByText("No roles match these filters.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The link alone reproduces the list.
  const shared = page.url();
  await page.goto(shared);
  await appShows(page, "Roles in prison healthcare");
  await expect(count(page)).toHaveText("Showing 0 of 9 roles");
  await expect(page.getByLabel("Lowest band")).toHaveValue("7");

  await page.goBack();
  await expect(count(page)).toHaveText("Showing 2 of 9 roles");
  await expect(page.getByLabel("Lowest band")).toHaveValue("");

  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(count(page)).toHaveText("Showing 9 of 9 roles");
  await expect(page.getByLabel("Type of role")).toHaveValue("");
});

test("a tampered filter link is ignored and said so", async ({ page }) => {
  await page.goto("/roles?type=surgeon&band-from=99&band-to=5");
  await appShows(page, "Roles in prison healthcare");
  await expect(page.getByText("We did not recognise part of the link, so we ignored it. These filters are not set: type of role and lowest band.")).toBeVisible();
  await expect(count(page)).toHaveText("Showing 6 of 9 roles");
});

test("open a profile, add two roles to compare, and open the pathways", async ({ page }) => {
  await page.goto("/roles");
  await appShows(page, "Roles in prison healthcare");
  await page.getByRole("link", { name: "Registered nurse" }).click();
  await appShows(page, "Registered nurse");
  await expect(page).toHaveTitle(titleOf("Registered nurse"));
  // The list's program runs only the list: a profile is a page of its own,
  // complete as built (the whole app's focus on navigation: host.spec.mjs).
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-static", "");
  // The figures come from pay.json: whichever pay year it holds.
  const band5 = PAY.bands.find((b) => b.band === "5").points.map((p) => `£${p.toLocaleString("en-GB")}`);
  await expect(page.getByText(`Band 5: ${band5.slice(0, -1).join(", ")} or ${band5.at(-1)} a year`)).toBeVisible();
  await expect(page.getByText(`NHS pay points in ${PAY.pay_year} for a ${PAY.full_time_hours}-hour week:`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "A day in the life: Oyin" })).toBeVisible();
  await expect(page.locator(".occ-timeline__item")).toHaveCount(5);
  await expect(page.getByText("There are no open vacancies for this role at the moment.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Healthcare assistant" })).toBeVisible(); // comes from
  expect(await axeViolations(page)).toEqual([]);

  // A profile needs no program: it links to a comparison that starts with it.
  await expect(page.getByRole("link", { name: "Compare this role with others" })).toHaveAttribute("href", "/roles/compare?roles=registered-nurse");

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Roles" }).click();
  await appShows(page, "Roles in prison healthcare");
  const add = page.getByRole("button", { name: "Add to comparison: Registered nurse" });
  await add.click();
  await expect(page.getByRole("button", { name: "Remove from comparison: Registered nurse" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".occ-compare-bar")).toContainText("1 role chosen");
  await page.getByRole("button", { name: "Add to comparison: Healthcare assistant" }).click();
  await page.getByRole("link", { name: "Compare 2 roles" }).click();
  await appShows(page, "Compare roles");
  await expect(page).toHaveURL(/\/roles\/compare\?roles=registered-nurse,healthcare-assistant$/);
  const table = page.locator("table.occ-compare");
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  await expect(table.getByRole("rowheader", { name: "Usual pay band" })).toBeVisible();
  await expect(table).toContainText("Band 2 to 3");
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("link", { name: "Add mental health nurse" }).click();
  await expect(page).toHaveURL(/roles=registered-nurse,healthcare-assistant,mental-health-nurse$/);
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  await page.getByRole("link", { name: "Remove Healthcare assistant" }).click();
  await expect(page).toHaveURL(/roles=registered-nurse,mental-health-nurse$/);
  await expect(table.getByRole("columnheader")).toHaveCount(2);

  await page.getByRole("link", { name: "Registered nurse" }).first().click();
  await appShows(page, "Registered nurse");
  await page.getByRole("link", { name: "See this role in the career pathways" }).click();
  await appShows(page, "Career pathways");
  await expect(page).toHaveURL(/\/pathways\?role=registered-nurse$/);
  await expect(page.getByLabel("Show pathways for")).toHaveValue("registered-nurse");
  await expect(page.locator(".occ-pathways__item--chosen")).toContainText("Registered nurse");
  await expect(page.locator(".occ-pathways__item--related")).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);
});

test("the pathway diagram: every role a focusable link that opens its profile", async ({ page, isMobile }) => {
  test.skip(isMobile, "phones get the list; the diagram is for wider screens");
  await page.goto("/pathways");
  await appShows(page, "Career pathways");
  const nodes = page.locator("svg a.occ-path-link");
  await expect(nodes).toHaveCount(9);
  await expect(page.locator("svg path.occ-path-edge")).toHaveCount(9);
  // Focus a node by keyboard: its pathways light up.
  const assistant = page.locator("svg a.occ-path-link", { hasText: "Healthcare assistant" });
  await assistant.focus();
  await expect(assistant).toBeFocused();
  await expect(page.locator("svg .occ-path-edge--on").first()).toBeVisible();
  await page.getByLabel("Show pathways for").selectOption("mental-health-nurse");
  await expect(page).toHaveURL(/\?role=mental-health-nurse$/);
  await page.locator("svg a.occ-path-link", { hasText: "Mental health" }).filter({ hasText: "practitioner" }).click();
  await appShows(page, "Mental health practitioner");
  await expect(page).toHaveURL(/\/roles\/mental-health-practitioner$/);
});

test("a tampered comparison link keeps what it can and says what it dropped", async ({ page }) => {
  await page.goto("/roles/compare?roles=brain-surgeon,registered-nurse,registered-nurse,pharmacy-assistant");
  await appShows(page, "Compare roles");
  await expect(page.getByText("We left out part of the link: a role we do not know; Registered nurse (listed twice).")).toBeVisible();
  await expect(page.locator("table.occ-compare").getByRole("columnheader")).toHaveCount(2);
});

test("a role profile prints without navigation and with links written out", async ({ page }) => {
  await page.goto("/roles/healthcare-administrator");
  await appShows(page, "Healthcare administrator");
  // Parts of the profile load their own content: wait for all of it.
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  await expect(page.locator("main a[href='/prisons']")).toHaveCount(1);
  await page.emulateMedia({ media: "print" });
  for (const selector of [".occ-nav", ".occ-footer", ".occ-breadcrumb", ".occ-compare-toggle", ".occ-care-card"]) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  const after = await page.evaluate(() => getComputedStyle(document.querySelector("main a[href='/prisons']"), "::after").content);
  expect(after).toContain("/prisons");
});
