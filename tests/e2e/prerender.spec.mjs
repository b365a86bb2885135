// Pages built in advance (tools/prerender.mjs): served for a path without a
// query, readable with JavaScript off, and taken over by the app without a
// shift, keeping what the person did before it started.
import { test, expect, appStarted, axeViolations, holdIslandPrograms, titleOf, PACK, SITE, SITE_CONTENT } from "./helpers.mjs";

/// A clinical role (it stays in the list filtered to clinical roles), and a site.
const ROLE = PACK.content.roles.find((r) => r.clinical);
const SITE_RECORD = PACK.content.sites.sites[0];

/// Records every layout shift of each document the page loads in window.__shifts.
const watchLayoutShifts = (page) =>
  page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__shifts.push(e.value))).observe({ type: "layout-shift", buffered: true });
  });

const BUILT = [
  ["/", SITE],
  ["/roles", "Roles in prison healthcare"],
  [`/roles/${ROLE.id}`, ROLE.title],
  ["/pathways", "Career pathways"],
  ["/prisons", "Where you can work"],
  [`/prisons/${SITE_RECORD.id}`, SITE_RECORD.name],
  ["/quiz", "Which role suits you?"],
  ["/pay", "Pay and benefits"],
  ["/get-started", "How to get started"],
  ["/about", `About ${SITE_CONTENT.trust_short_name}`],
  ["/accessibility", "Accessibility statement"],
];
/// The built pages with a part a person operates, which the app takes over;
/// the others load no program at all (light.spec.mjs).
const OPERABLE = new Set(["/roles", "/pathways", "/prisons", "/quiz", "/pay"]);
const stateOf = (path) => (OPERABLE.has(path) ? "data-occ-prerendered" : "data-occ-static");

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, h1] of BUILT) {
    test(`${path} is built in advance: titled, readable, navigable and accessible`, async ({ page }) => {
      await page.gotoAsBuilt(path);
      await expect(page).toHaveTitle(titleOf(h1));
      await expect(page.locator("main h1")).toHaveText(h1);
      await expect(page.locator("#offender-care-careers")).toHaveAttribute(stateOf(path), "");
      // Says what needs JavaScript where something does (text locators skip
      // <noscript>: read the rendering); a page with nothing to operate needs nothing.
      const says = await page.evaluate(() => document.querySelector("main").innerText);
      if (OPERABLE.has(path)) expect(says).toContain("You can read this page without JavaScript");
      else expect(says).not.toContain("You can read this page without JavaScript");
      // The menu button cannot work: the links are shown instead, at every width.
      await expect(page.locator(".occ-header__menu-toggle")).toBeHidden();
      await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Roles" })).toBeVisible();
      await expect(page.locator(".occ-static-failure")).toBeHidden();
    });
  }

  // The quiz's form has nowhere to send its answers (issue 46): pressing
  // Next with no JavaScript to handle it sends nothing to any server, where an
  // access log or the history would keep the answer.
  test("an answer and Next on the quiz send no request: the answer stays on the device", async ({ page }) => {
    await page.gotoAsBuilt("/quiz");
    // No page is asked for, and nothing with a query (the browser may still
    // fetch the tab's icon).
    const asked = [];
    page.on("request", (r) => (r.isNavigationRequest() || new URL(r.url()).search) && asked.push(r.url()));
    await page.locator(".occ-checkboxes__input, .occ-radios__input").first().check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.locator(".occ-checkboxes__input, .occ-radios__input").first().press("Enter");
    await page.waitForTimeout(500);
    expect(asked).toEqual([]);
    await expect(page).toHaveURL(/\/quiz$/);
    await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 1 of \d+$/);
  });

  test("links between built pages work as plain links", async ({ page }) => {
    await page.gotoAsBuilt("/roles");
    await page.getByRole("link", { name: ROLE.title, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/roles/${ROLE.id}$`));
    await expect(page.locator("main h1")).toHaveText(ROLE.title);
    // Which vacancies are open depends on the day: with JavaScript off, as on the day the page was built.
    await expect(page.getByRole("heading", { name: "Vacancies", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all vacancies" })).toBeVisible();
  });
});

// axe runs as a script, so it checks the built pages with JavaScript on and
// the app kept from starting: what a person sees before the app has arrived.
for (const [path] of BUILT) {
  test(`${path} as built, before the app starts, has no axe violations`, async ({ page }) => {
    await page.route("**/occ-start.js", (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.gotoAsBuilt(path);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute(stateOf(path), "");
    await expect(page.locator(".occ-static-failure")).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("pages that depend on the date are built with nothing to operate; a link with a query gets its path's built page", async ({ request }) => {
  // Brought up to date by occ-start.js (light.spec.mjs).
  for (const path of ["/vacancies", "/vacancies/bank-mental-health-practitioner-kent-prisons"]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain("data-occ-static");
    expect(html, path).toContain('data-occ-dated="part"');
  }
  // Reached by the quiz's last Next and by choosing roles, not by a link: built all the same.
  for (const path of ["/roles?type=clinical", "/quiz/results", "/quiz/results?a=broken", "/roles/compare", `/roles/compare?roles=${ROLE.id}`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain("data-occ-prerendered");
    expect(html, path).toContain("data-occ-island=");
  }
  const built = await (await request.get("/roles")).text();
  expect(built).toContain("data-occ-prerendered");
  // None of the app's programs downloads before the page has painted; only
  // the content it was built from, which occ-start.js checks before the page
  // is seen (tools/built-from.mjs), and then hands to the page's program.
  expect(built).not.toMatch(/<link rel="modulepreload"/);
  const preloads = built.match(/<link rel="preload"[^>]*>/g) || [];
  expect(preloads).toContain('<link rel="preload" href="/content/roles.json" as="fetch" crossorigin>');
  for (const link of preloads) expect(link).toMatch(/^<link rel="preload" href="\/content\/[a-z0-9-]+\.json" as="fetch" crossorigin>$/);
  // The built pages' folder is not an address of its own.
  expect(await (await request.get("/prerendered/roles/index.html")).text()).not.toContain("data-occ-prerendered");
});

test("a page's program, and the rest of the start-up, start to download only once the browser has painted the page", async ({ page }) => {
  // A frame reaches the screen a while after its requestAnimationFrame
  // callback: a download started there often began before the page was seen
  // (and then counted as holding back its largest paint). Before the paint
  // the page waits only for the start script, its stylesheet and its content.
  const comparison = PACK.routes.find((r) => r.path.startsWith("/roles/compare?")).path;
  for (const path of [...OPERABLE, comparison]) {
    await page.goto(path);
    await appStarted(page);
    const { painted, programs } = await page.evaluate(() => ({
      painted: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      programs: performance.getEntriesByType("resource").filter((r) => /\.wasm$|\/occ-later-[0-9a-f]+\.js$/.test(r.name)).map((r) => r.startTime),
    }));
    expect(painted, path).toBeGreaterThan(0);
    expect(programs.length, path).toBe(2);
    for (const start of programs) expect(start, path).toBeGreaterThanOrEqual(painted);
  }
});

test("a page left to the app starts without a layout shift", async ({ page }) => {
  await watchLayoutShifts(page);
  for (const path of ["/vacancies", "/roles?type=clinical"]) {
    await page.goto(path);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    // The header has the trust's name from the first frame (index.html's
    // data-trust-name, filled in from site.json), not only once site.json has arrived.
    await expect(page.locator(".occ-header__trust")).toHaveText(SITE_CONTENT.trust_name);
    expect(await page.evaluate(() => window.__shifts), path).toEqual([]);
  }
});

test("the app takes over a built page without a shift, keeping focus and a changed filter", async ({ page }) => {
  await watchLayoutShifts(page);
  // Hold the app back until the person has acted on the built page.
  // The page's own program.
  const release = await holdIslandPrograms(page);
  const fetched = [];
  page.on("request", (r) => r.url().includes("/content/") && fetched.push(new URL(r.url()).pathname));
  await page.gotoAsBuilt("/roles");
  await expect(page.locator("main h1")).toHaveText("Roles in prison healthcare");
  const count = await page.locator(".occ-card").count();
  await page.getByLabel("Type of role").selectOption("clinical");
  const link = page.getByRole("link", { name: ROLE.title, exact: true }).first();
  await link.focus();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-prerendered", "");

  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.locator("#offender-care-careers")).not.toHaveAttribute("data-occ-prerendered", "");
  await expect(page.locator("main h1")).toHaveCount(1);
  // The app heard the change: the list is filtered and the link says so.
  await expect(page).toHaveURL(/\/roles\?type=clinical$/);
  await expect(page.getByLabel("Type of role")).toHaveValue("clinical");
  expect(await page.locator(".occ-card").count()).toBeLessThan(count);
  await expect(page.getByRole("link", { name: ROLE.title, exact: true }).first()).toBeFocused();
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  // Each content file was downloaded once: the app used the early fetch.
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.length).toBe(new Set(fetched).size);
});

test("every built page is taken over, or complete as built, with no layout shift", async ({ page }) => {
  await watchLayoutShifts(page);
  for (const [path, h1] of BUILT) {
    await page.goto(path);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute(OPERABLE.has(path) ? "data-occ-started" : "data-occ-complete", "");
    await expect(page.locator("main h1")).toHaveText(h1);
    expect(await page.evaluate(() => window.__shifts), path).toEqual([]);
  }
});

test("a link followed before the page's program has taken over opens its page", async ({ page }) => {
  // The program is mounted but cannot finish /roles while its content is held.
  await page.route("**/content/roles.json", () => {});
  await page.gotoAsBuilt("/roles");
  await expect(page.locator("[data-occ-island] > div[hidden]")).toHaveCount(1);
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-prerendered", "");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  await expect(page.locator("main h1")).toHaveText(SITE);
  await expect(page).toHaveTitle(titleOf(SITE));
});

test("an answer and Next pressed before the app has started are not lost: the press takes effect when it starts", async ({ page }) => {
  // Hold the app back until the person has answered and pressed Next on the built page.
  // The page's own program.
  const release = await holdIslandPrograms(page);
  await page.gotoAsBuilt("/quiz");
  await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 1 of \d+$/);
  const first = page.locator(".occ-app .occ-checkboxes__input, .occ-app .occ-radios__input").first();
  await first.check();
  const value = await first.getAttribute("value");
  await page.getByRole("button", { name: "Next" }).click();
  // Not sent as a form (which would reload the page and lose the answer): held, and said so.
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByRole("status").filter({ hasText: "Getting this page ready" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 2 of \d+$/);
  await expect(page.getByText("Getting this page ready")).toHaveCount(0);
  // The answer was kept: back on question 1 it is still chosen.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator(`.occ-app input[value="${value}"]`).first()).toBeChecked();
});

// A press held on the built page is made again only on the control for the
// same thing in the program's render (occ-start.js: data-occ-key), never on
// whatever now stands in its place.
test("a comparison press held before the app starts adds the role pressed, even if the list's order has changed since the build", async ({ page }) => {
  const release = await holdIslandPrograms(page);
  await page.gotoAsBuilt("/roles");
  const buttons = page.locator("[data-occ-island] .occ-compare-toggle");
  await expect(buttons.first()).toBeVisible();
  // The built list in another order than the content's, as after an edit
  // the page has not been built again for.
  await page.evaluate(() => {
    const items = [...document.querySelectorAll("[data-occ-island] .occ-compare-toggle")].map((b) => b.closest("li") || b.closest(".occ-card"));
    items[0].parentElement.append(...items.reverse());
  });
  const pressed = buttons.first();
  const name = await pressed.getAttribute("aria-label");
  const role = await pressed.getAttribute("data-occ-key");
  expect(role).toBeTruthy();
  await pressed.click();
  await expect(page.getByRole("status").filter({ hasText: "Getting this page ready" })).toBeVisible();

  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.locator(`.occ-compare-toggle[data-occ-key="${role}"]`)).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('.occ-compare-toggle[aria-pressed="true"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: name.replace("Add to", "Remove from") })).toBeVisible();
});

test("Next held on the built quiz's first question is not made on the question the quiz goes on to from saved progress", async ({ page }) => {
  // Three questions answered, then Back: saved progress is on question 3, answered.
  await page.goto("/quiz");
  for (let n = 1; n <= 3; n++) {
    await expect(page.locator("#occ-quiz-progress")).toHaveText(new RegExp(`^Question ${n} of \\d+$`));
    await page.locator(".occ-app .occ-checkboxes__input").first().check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 3 of \d+$/);

  const release = await holdIslandPrograms(page);
  await page.gotoAsBuilt("/quiz");
  await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 1 of \d+$/);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Getting this page ready" })).toBeVisible();

  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  // Where the person left off, not one further: question 3 was not skipped.
  await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 3 of \d+$/);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a built page from another build than the start script's (just after a deploy) is drawn by this build's app, and works", async ({ page }) => {
  await page.route(/\/pay$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toMatch(/data-occ-build="[0-9a-f]+"/);
    await route.fulfill({ response, body: html.replace(/data-occ-build="[0-9a-f]+"/, 'data-occ-build="0123456789abcdef"') });
  });
  await page.goto("/pay");
  const root = page.locator("#offender-care-careers");
  await expect(root).toHaveAttribute("data-occ-app", "");
  await expect(root).toHaveAttribute("data-occ-complete", "");
  await expect(root).not.toHaveAttribute("data-occ-prerendered", "");
  await expect(page.locator("main h1")).toHaveText("Pay and benefits");
  await expect(page.locator("#occ-pay-band option")).not.toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
