// Journeys end in an application: every role, site, vacancy and
// results page offers the trust's live jobs and a way to ask, as real links
// taken from the content, whichever trust runs the site.
import { test, expect, appShows, axeViolations, emptyHeadings, SITE_CONTENT, PACK, answerQuiz, quizAnswer, recordShares, shared } from "./helpers.mjs";

const { roles, sites, vacancies, pay: PAY } = PACK.content;
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
  // A way to ask that does not depend on an advert being open.
  await expect(apply, where).toContainText(`To ask at any time, contact ${SITE_CONTENT.trust_short_name} through its website`);
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
  // No area chosen: no supplement, so pay is never overstated.
  await expect(page.getByLabel("Somewhere else, or I do not know yet")).toBeChecked();
  await expect(page.getByRole("group", { name: "Where is the post?" })).toHaveAccessibleDescription(new RegExp(escape(PAY.trust_supplement_note.text)));
  // The first press works: no pay point left to choose.
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(page.locator(".occ-error-summary")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Estimated pay" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`band=${escape(band)}&point=1&hours=${escape(String(PAY.full_time_hours))}$`));
  expect(await axeViolations(page)).toEqual([]);
});

// 1280x800 at 200% zoom is 640x400 CSS pixels: the button is at the
// bottom of the form, and the estimate would be below the screen.
test("at 200% zoom with the keyboard, the estimate takes focus after \"Work out pay\", in view and read out with its figure", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  const band = PAY.bands.find((b) => b.points.length > 1).band;
  await page.getByLabel("Pay band").focus();
  await page.getByLabel("Pay band").selectOption(band);
  await page.getByRole("button", { name: "Work out pay" }).focus();
  await page.keyboard.press("Enter");
  const result = page.locator("#occ-pay-result");
  await expect(result).toBeFocused();
  await expect(result).toHaveAccessibleName(/^Estimated pay £[\d,]+ a year$/);
  await expect(result.locator(".occ-panel__figure")).toBeInViewport();
  // Again, with other hours: the new figure takes focus too.
  await page.getByLabel("Hours a week").fill("20");
  await page.getByRole("button", { name: "Work out pay" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/hours=20/);
  await expect(result).toBeFocused();
  await expect(result.locator(".occ-panel__figure")).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});

// Point 6: no heading promises something that is not there, on any site or role page.
test("the empty-heading check finds a heading with nothing under it", async ({ page }) => {
  await page.goto(`/roles/${roles[0].id}`);
  await appShows(page, roles[0].title);
  expect(await emptyHeadings(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector("main");
    main.insertAdjacentHTML("afterbegin", "<h2>Nothing here</h2><h2>Something here</h2><p>Words</p>");
  });
  expect(await emptyHeadings(page)).toEqual(["Nothing here"]);
});

test("no site or role page has a heading with nothing under it", async ({ page }) => {
  test.setTimeout(120_000);
  const all = [
    ...sites.sites.map((s) => [`/prisons/${s.id}`, s.name]),
    ...roles.map((r) => [`/roles/${r.id}`, r.title]),
  ];
  for (const [path, h1] of all) {
    await page.goto(path);
    await appShows(page, h1);
    await expect(page.locator("[data-occ-complete]")).toHaveCount(1);
    expect(await emptyHeadings(page), path).toEqual([]);
  }
});

test("a site page gives its address with where it is published, or says plainly it is not known", async ({ page }) => {
  const known = sites.sites.find((s) => s.address);
  const unknown = sites.sites.find((s) => !s.address);
  const addressRow = page.locator(".occ-summary-list__row", { has: page.locator("dt", { hasText: /^Address$/ }) });
  await page.goto(`/prisons/${known.id}`);
  await appShows(page, known.name);
  await expect(addressRow.locator("dd")).toHaveText(known.address.text);
  await page.getByText("Where this information comes from").click();
  await expect(page.locator(".occ-details li", { hasText: known.address.source })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  if (unknown) {
    await page.goto(`/prisons/${unknown.id}`);
    await appShows(page, unknown.name);
    await expect(addressRow.locator("dd")).toHaveText(/^Not published: ask the trust/);
  }
  // No advert gives its level of cover: what the trust provides there, and whom to ask.
  const described = sites.sites.find((s) => !s.closed && !s.healthcare && s.services);
  if (described) {
    const row = (key) => page.locator(".occ-summary-list__row", { has: page.locator("dt", { hasText: new RegExp(`^${key}$`) }) }).locator("dd");
    await page.goto(`/prisons/${described.id}`);
    await appShows(page, described.name);
    await expect(row("Healthcare the trust provides")).toHaveText(described.services.text);
    await expect(row("Healthcare cover")).toHaveText(/^Not published: ask the trust/);
    await expect(page.getByRole("heading", { name: "Apply or ask a question" })).toBeVisible();
    await expect(page.locator(".occ-apply")).toContainText(SITE_CONTENT.ask.text);
    expect(await axeViolations(page)).toEqual([]);
  }
});

// Point 2: an honest quiz.
const roleTitle = (id) => roles.find((r) => r.id === id).title;
const essentials = (id) => {
  const r = roles.find((x) => x.id === id);
  return [...r.qualifications.essential, ...r.experience.essential, ...(r.abilities?.essential ?? [])];
};

test("a registered nurse with general experience is told what the senior roles need first, under their own heading", async ({ page }) => {
  await answerQuiz(page, Object.fromEntries([
    quizAnswer("qualifications", "registered-nurse"),
    quizAnswer("experience", "health-or-care-work"),
    quizAnswer("mental-health", "very"),
  ]));
  // "Could apply now" is the list right after its heading and lede, when there is one.
  const now = page.locator("h2", { hasText: "Roles you could apply for now" }).locator("xpath=following-sibling::*[position() <= 2][self::ol]");
  const others = page.locator("h2", { hasText: "Other roles you could apply for" }).locator("xpath=following-sibling::ul[1]");
  const later = page.locator("h2", { hasText: "Roles you would need more for first" }).locator("xpath=following-sibling::ul[1]");
  // The registered nurse role is one they could apply for: the best match, or another.
  await expect(now.locator(".occ-result__title", { hasText: roleTitle("registered-nurse") }).or(others.getByRole("link", { name: roleTitle("registered-nurse"), exact: true }))).toHaveCount(1);
  for (const id of ["nurse-practitioner", "inpatient-clinical-nurse-manager", "mental-health-practitioner"]) {
    await expect(now.locator(".occ-result__title", { hasText: roleTitle(id) }), id).toHaveCount(0);
    await expect(others.getByRole("link", { name: roleTitle(id), exact: true }), id).toHaveCount(0);
    // A line of its own, with what is missing beneath it, or folded under it.
    const result = later.locator(":scope > li", { hasText: `${roleTitle(id)}: ` });
    await expect(result, id).toHaveCount(1);
    const folded = result.locator("details:not([open]) > summary");
    if (await folded.count()) await folded.click();
    // Exactly what is missing: the experience and training, not the registration they have.
    const missing = await result.locator("ul > li").allTextContents();
    expect(missing.length, id).toBeGreaterThan(0);
    for (const m of missing) expect(essentials(id).map((e) => e.text), id).toContain(m);
    expect(missing.some((m) => /Nursing and Midwifery Council/.test(m)), id).toBe(false);
    await expect(result.locator("ul > li").first(), id).toBeVisible();
  }
  await expect(page.getByText("You could apply for any of these roles now")).toHaveCount(0);
  // No "why" heading over an empty list.
  const whyHeadings = page.locator(".occ-result h4", { hasText: "Why this matches you" });
  for (const h of await whyHeadings.all()) await expect(h.locator("xpath=following-sibling::*[1]/li").first()).toBeVisible();
  expect(await emptyHeadings(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test("the results can be copied as a link, saying the link carries the answers", async ({ page, context, browserName }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => { delete Navigator.prototype.share; });
  await answerQuiz(page, {});
  const button = page.getByRole("button", { name: "Copy the link to these results" });
  await expect(button).toHaveAccessibleDescription(/carries the answers/);
  await button.click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  // On a phone the message is under the button, scrolled onto the screen.
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeInViewport();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(await axeViolations(page)).toEqual([]);
});

test("where the browser can share, the results are shared with its own share sheet", async ({ page }) => {
  await recordShares(page);
  await answerQuiz(page, {});
  await page.getByRole("button", { name: "Share these results" }).click();
  await expect.poll(() => shared(page)).toEqual([{ url: page.url() }]);
});

// Point 4: comparing can be finished from where the person is.
test("the way to the comparison follows the person down the list, and the comparison shows what each role involves and needs", async ({ page }) => {
  await page.goto("/roles");
  await appShows(page, "Roles in prison healthcare");
  const last = roles.at(-1);
  const toggle = (r, verb = "Add to") => page.getByRole("button", { name: `${verb} comparison: ${r.title}` });
  // Two roles from the top of the list: the link to the comparison is on the screen.
  await toggle(roles[0]).click();
  await toggle(roles[1]).click();
  const link = page.getByRole("link", { name: "Compare 2 roles" });
  await expect(link).toBeInViewport();
  // And from the bottom of the list, in place of one of them.
  await toggle(roles[1], "Remove from").click();
  await toggle(last).scrollIntoViewIfNeeded();
  await toggle(last).click();
  await expect(link).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
  // A keyboard user moving through the cards is never hidden under the bar.
  const bar = page.locator(".occ-compare-bar");
  const first = page.locator(".occ-card-group .occ-card__link").first();
  await first.focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    const hidden = await page.evaluate(() => {
      const el = document.activeElement;
      const barEl = document.querySelector(".occ-compare-bar");
      if (!el || !barEl || barEl.contains(el)) return false;
      const a = el.getBoundingClientRect();
      const b = barEl.getBoundingClientRect();
      return a.top >= b.top && a.bottom <= b.bottom;
    });
    expect(hidden, `focus ${i} hidden under the bar`).toBe(false);
  }
  await expect(bar).toBeVisible();
  await link.click();
  await appShows(page, "Compare roles");
  for (const label of ["What the role involves", "Essential requirements"]) {
    await expect(page.locator("tbody th[scope=row]", { hasText: label })).toHaveCount(1);
  }
  const needs = page.locator("tbody tr", { has: page.locator("th", { hasText: "Essential requirements" }) });
  await expect(page.locator("thead th[scope=col]")).toHaveCount(2);
  for (const e of [...last.qualifications.essential, ...last.experience.essential]) {
    await expect(needs).toContainText(e.text);
  }
  const involves = page.locator("tbody tr", { has: page.locator("th", { hasText: "What the role involves" }) });
  await expect(involves).toContainText(last.what[0]);
  expect(await axeViolations(page)).toEqual([]);
});

// Point 3: a map for thumbs and keys.
/// Markers smaller than 24 by 24 pixels, or closer than 24 pixels centre to centre.
function crampedMarkers(page) {
  return page.evaluate(() => {
    const rects = [...document.querySelectorAll("svg a.occ-map__marker circle")].map((c) => ({
      name: c.closest("a").getAttribute("aria-label"),
      r: c.getBoundingClientRect(),
    }));
    const out = [];
    for (const [i, a] of rects.entries()) {
      if (a.r.width < 24 || a.r.height < 24) out.push(`${a.name}: ${a.r.width.toFixed(1)} px`);
      for (const b of rects.slice(i + 1)) {
        const d = Math.hypot(a.r.x + a.r.width / 2 - (b.r.x + b.r.width / 2), a.r.y + a.r.height / 2 - (b.r.y + b.r.height / 2));
        if (d < 24) out.push(`${a.name} and ${b.name}: ${d.toFixed(1)} px apart`);
      }
    }
    return out;
  });
}

// A marker's name is written on the map in lines: "HMP X" / "Town", or
// "Region: n sites." / "Show them on the map".
const nameLines = (label) => {
  const cut = label.indexOf(". ") >= 0 ? label.indexOf(". ") + 1 : label.indexOf(", ");
  return cut > 0 ? [label.slice(0, cut), label.slice(cut).replace(/^,? /, "")] : [label];
};
// It is always said under the map, as a sentence, and written on the map
// too where it covers no other marker.
const sentence = (label) => (/[.!?]$/.test(label) ? label : `${label}.`);
const expectNamed = async (name, label) => {
  await expect(name.page().locator(".occ-map__named")).toHaveText(sentence(label));
  if (await name.count()) await expect(name.locator("tspan")).toHaveText(nameLines(label));
};

test("the map: every marker a thumb can hit, its name shown before it opens, and a way past it", async ({ page, isMobile }) => {
  const name = page.locator(".occ-map__name");
  const markers = page.locator("svg a.occ-map__marker");
  // Touch: a first tap names the marker, the second opens it. Mouse: pointing names it.
  const nameThenOpen = async (marker, label) => {
    if (isMobile) await marker.tap();
    else await marker.hover();
    await expectNamed(name, label);
    const before = page.url();
    expect(page.url()).toBe(before);
    if (isMobile) await marker.tap();
    else await marker.click();
  };
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await expect(markers.first()).toBeVisible();
  expect(await crampedMarkers(page)).toEqual([]);

  // The region with the most sites: its marker zooms to it.
  const counts = {};
  for (const s of sites.sites) counts[s.region] = (counts[s.region] || 0) + 1;
  const [regionId, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  const region = sites.regions.find((r) => r.id === regionId);
  const label = `${region.name}: ${n} sites. Show them on the map`;
  await nameThenOpen(page.locator(`svg a.occ-map__marker[aria-label="${label}"]`), label);
  await expect(page).toHaveURL(new RegExp(`region=${regionId}`));
  await expect(markers).toHaveCount(n);
  // The caption follows: it names the region opened, and no old name is left.
  await expect(page.locator(".occ-map__caption")).toContainText(`The map shows ${region.name}: ${n} sites.`);
  await expect(name).toHaveCount(0);
  await expect(page.locator(".occ-map__named")).toHaveText("Point at, tap or move to a marker to see its name.");
  expect(await crampedMarkers(page)).toEqual([]);

  // A site's marker: named first, then its page.
  const site = sites.sites.find((s) => s.region === regionId && !s.closed);
  const siteLabel = `${site.name}, ${site.town}`;
  await nameThenOpen(page.locator(`svg a.occ-map__marker[aria-label="${siteLabel}"]`), siteLabel);
  await appShows(page, site.name);

  // Keys: a skip link goes past the markers to the list; a focused marker
  // names itself, and where the list is beside the map its card comes into view.
  await page.goto(`/prisons?region=${regionId}`);
  await appShows(page, "Where you can work");
  const skip = page.locator(".occ-map__skip");
  await skip.focus();
  await expect(skip).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Enter");
  await expect(page.locator("#occ-site-list")).toBeFocused();
  const last = sites.sites.filter((s) => s.region === regionId).at(-1);
  const lastMarker = page.locator(`svg a.occ-map__marker[aria-label^="${last.name},"]`);
  await lastMarker.focus();
  await expectNamed(name, await lastMarker.getAttribute("aria-label"));
  if (!isMobile) await expect(page.locator(`#occ-site-${last.id}`)).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
});

test("the supplement is asked for by where the post is: added where the trust pays it, and nowhere else", async ({ page }) => {
  const paying = sites.regions.filter((r) => PAY.trust_supplement_regions.includes(r.id));
  const other = sites.regions.find((r) => !PAY.trust_supplement_regions.includes(r.id));
  const band = PAY.bands.find((b) => b.points.length > 1).band;
  await page.goto(`/pay?band=${band}&point=1`);
  await appShows(page, "Pay and benefits");
  const where = page.getByRole("group", { name: "Where is the post?" });
  // The areas that pay it are named.
  await expect(where).toHaveAccessibleDescription(new RegExp(`Our sources show it for posts in: ${escape(paying.map((r) => r.name).join(", "))}\\.`));
  const result = page.locator(".occ-panel");
  await where.getByLabel(other.name, { exact: true }).check();
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(result).toBeVisible();
  await expect(result).not.toContainText("High cost area supplement");
  await expect(page).toHaveURL(new RegExp(`area=${other.id}`));
  await where.getByLabel(paying[0].name, { exact: true }).check();
  await page.getByRole("button", { name: "Work out pay" }).click();
  await expect(result).toContainText("High cost area supplement");
  await expect(page).toHaveURL(new RegExp(`area=${paying[0].id}`));
  expect(await axeViolations(page)).toEqual([]);
});

test("the map and filters say what they did where the person is looking", async ({ page, isMobile }) => {
  const counts = {};
  for (const s of sites.sites) counts[s.region] = (counts[s.region] || 0) + 1;
  const [regionId, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  const region = sites.regions.find((r) => r.id === regionId);
  const count = page.locator(".occ-count");
  const caption = page.locator(".occ-map__caption");
  const name = page.locator(".occ-map__name");

  // Choosing a region: the new count is said beside the control, politely.
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await expect(caption).toContainText(`${region.name} (${n} sites)`);
  await page.getByLabel("Region").selectOption(regionId);
  await expect(count).toHaveText(`Showing ${n} of ${sites.sites.length} sites`);
  await expect(count).toHaveAttribute("role", "status");
  await expect(count).toBeInViewport({ ratio: 1 });
  // The caption follows what the map shows.
  await expect(caption).toContainText(`The map shows ${region.name}: ${n} sites.`);
  await expect(name).toHaveCount(0);

  // Nearest to a town: said beside the control too.
  const town = sites.sites.find((s) => s.region === regionId && !s.town.includes("/")).town.replace(/^near /, "");
  await page.getByLabel("Sort by distance from").selectOption(town);
  await expect(count).toHaveText(`Showing ${n} of ${sites.sites.length} sites, nearest to ${town} first`);
  await expect(count).toBeInViewport({ ratio: 1 });

  // A county a person lives in can be found.
  const county = sites.sites.find((s) => s.county).county;
  const inCounty = sites.sites.filter((s) => s.county === county).length;
  await page.goto("/prisons");
  await appShows(page, "Where you can work");
  await page.getByLabel("County").selectOption(county);
  await expect(count).toHaveText(`Showing ${inCounty} of ${sites.sites.length} sites`);
  await expect(page.locator(".occ-site")).toHaveCount(inCounty);
  expect(await axeViolations(page)).toEqual([]);

  // At 200% zoom on a laptop (640 by 400), a focused marker's name is on the screen.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(`/prisons?region=${regionId}`);
  await appShows(page, "Where you can work");
  for (const s of sites.sites.filter((x) => x.region === regionId)) {
    const marker = page.locator(`svg a.occ-map__marker[aria-label^="${s.name},"]`);
    await marker.focus();
    await expectNamed(name, await marker.getAttribute("aria-label"));
    // On the map where there is room, else under it: either way on the screen.
    const shown = (await name.count()) ? name : page.locator(".occ-map__named");
    await expect(shown).toBeInViewport({ ratio: 0.99 });
  }
  expect(await axeViolations(page)).toEqual([]);

  // A tap on the list after one on the map opens the prison at once.
  await page.setViewportSize(isMobile ? { width: 360, height: 740 } : { width: 1280, height: 800 });
  await page.goto(`/prisons?region=${regionId}`);
  await appShows(page, "Where you can work");
  const site = sites.sites.find((s) => s.region === regionId && !s.closed);
  const marker = page.locator(`svg a.occ-map__marker[aria-label="${site.name}, ${site.town}"]`);
  if (isMobile) await marker.tap();
  else await marker.hover();
  await expectNamed(name, `${site.name}, ${site.town}`);
  const card = page.locator(`#occ-site-${site.id} a`).first();
  await card.scrollIntoViewIfNeeded();
  if (isMobile) await card.tap();
  else await card.click();
  await appShows(page, site.name);
  await expect(page).toHaveURL(new RegExp(`/prisons/${site.id}$`));
});

// Point 7: what people ask first is answered from sources, or says whom to ask.
test("getting started answers what people ask first, says what the sources do not, and how to ask", async ({ page }) => {
  const GETTING_STARTED = PACK.content.getting_started;
  expect(GETTING_STARTED.questions.length).toBeGreaterThan(0);
  await page.goto("/get-started");
  await appShows(page, "How to get started");
  const section = page.getByRole("heading", { name: "Questions people ask first" });
  await expect(section).toBeVisible();
  for (const q of GETTING_STARTED.questions) {
    await expect(page.getByRole("heading", { name: q.question, level: 3 })).toBeVisible();
    for (const a of q.answer) await expect(page.getByText(a.text, { exact: true })).toBeVisible();
    if (q.not_known) await expect(page.getByText(q.not_known, { exact: true })).toBeVisible();
  }
  // A way to ask, and where every answer comes from.
  await expect(page.locator(".occ-apply")).toHaveCount(1);
  await page.getByText("Where these answers come from").click();
  const sources = new Set(GETTING_STARTED.questions.flatMap((q) => q.answer.map((a) => a.source)));
  await expect(page.locator(".occ-details[open] li")).toHaveCount(sources.size);
  expect(await emptyHeadings(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
