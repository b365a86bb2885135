// A person exploring roles: list, filter, profile, comparison and pathways.
// Counts, names and ids come from the content pack the suite runs on.
import { test, expect, appShows, axeViolations, titleOf, BANDS, PACK, rolesShown, showingRoles } from "./helpers.mjs";

const PAY = PACK.content.pay;
const ROLES = PACK.content.roles;
const title = (id) => ROLES.find((r) => r.id === id).title;

const count = (page) => page.locator(".occ-count");

test("filter the list, share it by its link, and undo with Back", async ({ page }) => {
  await page.goto("/roles");
  await appShows(page, "Roles in prison healthcare");
  await expect(count(page)).toHaveText(showingRoles(ROLES));

  const nonClinical = rolesShown({ type: "non-clinical" });
  expect(nonClinical.length, "the pack has a non-clinical role").toBeGreaterThan(0);
  await page.getByLabel("Type of role").selectOption("non-clinical");
  await expect(page).toHaveURL(/\/roles\?type=non-clinical$/);
  await expect(count(page)).toHaveText(showingRoles(nonClinical));
  await expect(page.getByRole("link", { name: nonClinical[0].title, exact: true })).toBeVisible();

  const filter = { type: "clinical", registration: "not-needed" };
  const some = rolesShown(filter);
  await page.getByLabel("Type of role").selectOption("clinical");
  await page.getByLabel("Qualifications and registration").selectOption("not-needed");
  await expect(count(page)).toHaveText(showingRoles(some));
  // The lowest band above every one of them: nothing is left.
  const above = BANDS.find((b) => rolesShown({ ...filter, from: b }).length === 0);
  await page.getByLabel("Lowest band").selectOption(above);
  await expect(count(page)).toHaveText(showingRoles([]));
  await expect(page.getByText("No roles match these filters.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The link alone reproduces the list.
  const shared = page.url();
  await page.goto(shared);
  await appShows(page, "Roles in prison healthcare");
  await expect(count(page)).toHaveText(showingRoles([]));
  await expect(page.getByLabel("Lowest band")).toHaveValue(above);

  await page.goBack();
  await expect(count(page)).toHaveText(showingRoles(some));
  await expect(page.getByLabel("Lowest band")).toHaveValue("");

  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(count(page)).toHaveText(showingRoles(ROLES));
  await expect(page.getByLabel("Type of role")).toHaveValue("");
});

test("a tampered filter link is ignored and said so", async ({ page }) => {
  await page.goto("/roles?type=surgeon&band-from=99&band-to=5");
  await appShows(page, "Roles in prison healthcare");
  await expect(page.getByText("We did not recognise part of the link, so we ignored it. These filters are not set: type of role and lowest band.")).toBeVisible();
  await expect(count(page)).toHaveText(showingRoles(rolesShown({ to: "5" })));
});

test("open a profile, add two roles to compare, and open the pathways", async ({ page }) => {
  // A role another leads to, so its page and its pathways have both ways.
  const role = ROLES.find((r) => ROLES.some((o) => o.leads_to.includes(r.id))) || ROLES[0];
  const from = ROLES.find((o) => o.leads_to.includes(role.id));
  const [second, third] = ROLES.filter((r) => r.id !== role.id);
  await page.goto("/roles");
  await appShows(page, "Roles in prison healthcare");
  await page.getByRole("link", { name: role.title, exact: true }).click();
  await appShows(page, role.title);
  await expect(page).toHaveTitle(titleOf(role.title));
  // The list's program runs only the list: a profile is a page of its own,
  // complete as built (the whole app's focus on navigation: host.spec.mjs).
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-static", "");
  // The figures come from pay.json: whichever pay year it holds.
  const band = PAY.bands.find((b) => b.band === role.band.from).points.map((p) => `£${p.toLocaleString("en-GB")}`);
  const points = band.length > 1 ? `${band.slice(0, -1).join(", ")} or ${band.at(-1)}` : band[0];
  await expect(page.getByText(`Band ${role.band.from}: ${points} a year`)).toBeVisible();
  await expect(page.getByText(`NHS pay points in ${PAY.pay_year} for a ${PAY.full_time_hours}-hour week:`)).toBeVisible();
  const day = PACK.content.days.find((d) => d.role === role.id);
  if (day) {
    await expect(page.getByRole("heading", { name: `A day in the life: ${day.person}` })).toBeVisible();
    await expect(page.locator(".occ-timeline__item")).toHaveCount(day.steps.length);
  }
  const open = PACK.content.vacancies.filter((v) => v.role === role.id && new Date(v.closing) > new Date());
  if (open.length === 0) await expect(page.getByText("There are no open vacancies for this role at the moment.")).toBeVisible();
  else await expect(page.getByRole("link", { name: open[0].title })).toBeVisible();
  if (from) await expect(page.getByRole("link", { name: from.title, exact: true }).first()).toBeVisible(); // comes from
  expect(await axeViolations(page)).toEqual([]);

  // A profile needs no program: it links to a comparison that starts with it.
  await expect(page.getByRole("link", { name: "Compare this role with others" })).toHaveAttribute("href", `/roles/compare?roles=${role.id}`);

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Roles" }).click();
  await appShows(page, "Roles in prison healthcare");
  const add = page.getByRole("button", { name: `Add to comparison: ${role.title}`, exact: true });
  await add.click();
  await expect(page.getByRole("button", { name: `Remove from comparison: ${role.title}`, exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".occ-compare-bar")).toContainText("1 role chosen");
  await page.getByRole("button", { name: `Add to comparison: ${second.title}`, exact: true }).click();
  await page.getByRole("link", { name: "Compare 2 roles" }).click();
  await appShows(page, "Compare roles");
  await expect(page).toHaveURL(new RegExp(`/roles/compare\\?roles=${role.id},${second.id}$`));
  const table = page.locator("table.occ-compare");
  await expect(table.getByRole("columnheader")).toHaveCount(2);
  await expect(table.getByRole("rowheader", { name: "Usual pay band" })).toBeVisible();
  const range = (r) => (r.band.from === r.band.to ? `Band ${r.band.from}` : `Band ${r.band.from} to ${r.band.to}`);
  await expect(table).toContainText(range(second));
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("link", { name: `Add ${third.title.toLowerCase()}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`roles=${role.id},${second.id},${third.id}$`));
  await expect(table.getByRole("columnheader")).toHaveCount(3);
  await page.getByRole("link", { name: `Remove ${second.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`roles=${role.id},${third.id}$`));
  await expect(table.getByRole("columnheader")).toHaveCount(2);

  await page.getByRole("link", { name: role.title, exact: true }).first().click();
  await appShows(page, role.title);
  await page.getByRole("link", { name: "See this role in the career pathways" }).click();
  await appShows(page, "Career pathways");
  await expect(page).toHaveURL(new RegExp(`/pathways\\?role=${role.id}$`));
  await expect(page.getByLabel("Show pathways for")).toHaveValue(role.id);
  await expect(page.locator(".occ-pathways__item--chosen")).toContainText(role.title);
  // Related: the roles it leads to and the roles that lead to it.
  const related = new Set([...role.leads_to, ...ROLES.filter((o) => o.leads_to.includes(role.id)).map((o) => o.id)]);
  await expect(page.locator(".occ-pathways__item--related")).toHaveCount(related.size);
  expect(await axeViolations(page)).toEqual([]);
});

test("the pathway diagram: every role a focusable link that opens its profile", async ({ page, isMobile }) => {
  test.skip(isMobile, "phones get the list; the diagram is for wider screens");
  await page.goto("/pathways");
  await appShows(page, "Career pathways");
  const nodes = page.locator("svg a.occ-path-link");
  await expect(nodes).toHaveCount(ROLES.length);
  await expect(page.locator("svg path.occ-path-edge")).toHaveCount(ROLES.reduce((n, r) => n + r.leads_to.length, 0));
  const node = (id) => page.locator(`svg a.occ-path-link[href$="/roles/${id}"]`);
  // Focus a node by keyboard: its pathways light up.
  const leads = ROLES.filter((r) => r.leads_to.length > 0);
  await node(leads[0].id).focus();
  await expect(node(leads[0].id)).toBeFocused();
  await expect(page.locator("svg .occ-path-edge--on").first()).toBeVisible();
  const chosen = leads.at(-1);
  await page.getByLabel("Show pathways for").selectOption(chosen.id);
  await expect(page).toHaveURL(new RegExp(`\\?role=${chosen.id}$`));
  const next = chosen.leads_to[0];
  await node(next).click();
  await appShows(page, title(next));
  await expect(page).toHaveURL(new RegExp(`/roles/${next}$`));
});

test("a tampered comparison link keeps what it can and says what it dropped", async ({ page }) => {
  const [first, last] = [ROLES[0], ROLES.at(-1)];
  await page.goto(`/roles/compare?roles=brain-surgeon,${first.id},${first.id},${last.id}`);
  await appShows(page, "Compare roles");
  await expect(page.getByText(`We left out part of the link: a role we do not know; ${first.title} (listed twice).`)).toBeVisible();
  await expect(page.locator("table.occ-compare").getByRole("columnheader")).toHaveCount(2);
});

test("a role profile prints without navigation and with links written out", async ({ page }) => {
  // A role no advert names a site for: its page links to every site.
  const role = ROLES.find((r) => !PACK.content.sites.sites.some((s) => !s.closed && s.roles?.includes(r.id)));
  await page.goto(`/roles/${role.id}`);
  await appShows(page, role.title);
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
