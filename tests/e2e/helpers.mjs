import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { SITE, packOf } from "../../tools/content-routes.mjs";
import { ATTR, ROOT_ID } from "../../tools/contract.mjs";
export { SITE };

/// The published content, and a fictional trust's (tests/fixtures), which the
/// `fictional-*` projects serve from target/fictional-dist (tools/with-content.mjs).
export const PUBLISHED = packOf("public/content");
export const FICTIONAL = packOf("tests/fixtures/fictional-trust/content");
/// Tests tagged with this run only against the fictional trust's build.
export const FICTIONAL_TAG = "@fictional";

/// The content pack the suite runs on: the published content, or with
/// `E2E_PACK=fictional` the fictional trust's, whose copy of the build
/// playwright.config.mjs then serves on the suite's own ports. Specs take ids,
/// names, counts and texts from it; only seed-facts.spec.mjs names today's
/// content (and is left out of a run on the fictional pack).
export const ON_FICTIONAL = process.env.E2E_PACK === "fictional";
export const PACK = ON_FICTIONAL ? FICTIONAL : PUBLISHED;
const ROOT_DIR = new URL("../..", import.meta.url).pathname;
/// The build the servers serve.
export const DIST = join(ROOT_DIR, ON_FICTIONAL ? "target/fictional-dist" : "dist");
/// A content file of the pack, as text.
export const packFile = (file) => readFileSync(join(ROOT_DIR, PACK.dir, file), "utf8");

/// The pack's site.json: the trust's name and links are the content's, never the tests' own.
export const SITE_CONTENT = PACK.content.site;
export const TRUST = PACK.trust;
export const titleOf = PACK.titleOf;
export const ROUTES = PACK.routes;

/// The servers playwright.config.mjs starts: the stand-alone site, the example
/// trust website that embeds the app, and the same under a nonce-based policy.
const SUITE_PORT = Number(process.env.E2E_PORT || 8471);
export const STANDALONE = `http://127.0.0.1:${SUITE_PORT}`;
export const HOST = `http://127.0.0.1:${SUITE_PORT + 1}`;
export const NONCE_HOST = `http://127.0.0.1:${SUITE_PORT + 2}`;

/// The example trust's page (examples/host) that embeds the app, as on a
/// trust's own site: it shows the pages built for a host's element, with
/// `test.use({ baseURL: HOST })` and `page.goto(embedded(path))`.
export const EMBEDDED = "/careers/prison-healthcare";
export const embedded = (path) => `${EMBEDDED}${path}`;

/// Runs the whole app in the example trust's page instead: the host's element
/// gets the app page's own mark (data-occ-app, index.html), which the
/// stand-alone site sends for a route with no page built. The whole app loads
/// every content file it shows and follows links itself, so the tests of its
/// content loading run here. Call before the first `page.goto`.
export async function wholeApp(page) {
  await page.route(`${HOST}${EMBEDDED}/**`, async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replace('<div id="offender-care-careers"', '<div id="offender-care-careers" data-occ-app');
    await route.fulfill({ response, body });
  });
}

/// The embedded app shows `h1` (the host page has its own chrome: no skip link of the app's).
export async function embeddedShows(page, h1) {
  await expect(page.locator("#offender-care-careers .occ-app .occ-nav")).toHaveCount(1);
  await expect(page.locator("#offender-care-careers h1")).toHaveText(h1);
}

/// A link in the embedded app's navigation, the phone menu opened first if it is closed.
export async function appNavLink(page, name) {
  const root = page.locator("#offender-care-careers");
  const toggle = root.getByRole("button", { name: "Menu" });
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  return root.locator(".occ-nav").getByRole("link", { name, exact: true });
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/// The app has mounted (the static page in index.html has no skip link),
/// shows `h1`, and works: every program the page needs has taken it over.
export async function appShows(page, h1) {
  await expect(page.locator(".occ-app .occ-skip-link")).toHaveCount(1);
  await expect(page.locator("main h1")).toHaveText(h1);
  await appWorks(page, `the page "${h1}"`);
}

/// What is shown works: it is not a built page waiting for a program that
/// never came. Each island on it has been taken over by its program, or the
/// whole app has started; a page with nothing to operate needs none. Until
/// then a part's built elements may be swapped for its program's at any
/// moment, so a test that reads them may find one already gone.
export async function appWorks(page, what = "the page") {
  await expect
    .poll(() => page.evaluate(programState, { ATTR, ROOT_ID }), { message: `${what} has its program running`, timeout: 20_000 })
    .toBe("working");
}

/// Whether the page shown works: "working", or what it waits for.
function programState({ ATTR, ROOT_ID }) {
  const root = document.getElementById(ROOT_ID);
  if (!root) return "no element for the app";
  if (root.classList.contains("occ-start-failed")) return "the app could not start";
  if (root.hasAttribute(ATTR.PRERENDERED)) return "a built page whose islands are not taken over";
  if (root.hasAttribute(ATTR.APP) || root.hasAttribute(ATTR.HOST_ISLAND)) {
    return root.hasAttribute(ATTR.STARTED) ? "working" : "the app has not started";
  }
  // A part whose program comes when it is used (the sites' map) works as
  // built until then, unless it waits for that program.
  const asBuilt = (island) => island.hasAttribute(ATTR.ON_USE) && !island.hasAttribute(ATTR.WAITING);
  const waiting = [...root.querySelectorAll(`[${ATTR.ISLAND}]`)].filter((island) => !island.hasAttribute(ATTR.STARTED) && !asBuilt(island));
  if (waiting.length) return `islands not taken over: ${waiting.map((island) => island.getAttribute(ATTR.ISLAND)).join(", ")}`;
  return "working";
}

/// Holds the download of every island program (or those `pattern` matches)
/// until the function it returns is called: until then the page is as built,
/// with nothing to run its islands, as on a slow connection.
export async function holdIslandPrograms(page, pattern = "**/island-*_bg.wasm") {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// Waits until no page built in advance is waiting for the app: it has taken
/// over, or occ-start.js has reported that it cannot start. Returns quietly
/// after the timeout: the test's own assertions then say what is wrong.
export async function appStarted(page, timeout = 15_000) {
  await page
    .waitForFunction(
      () => {
        if (document.querySelector(".occ-start-failed")) return true;
        if (document.querySelector("[data-occ-prerendered]")) return false;
        // A host's element shows a page once occ-start.js has put one in.
        const root = document.getElementById("offender-care-careers");
        return !root || ["data-occ-static", "data-occ-started", "data-occ-app", "data-island"].some((mark) => root.hasAttribute(mark));
      },
      null,
      { timeout },
    )
    .catch(() => {});
}

/// WCAG A/AA violations on the page, or only inside `within` (a CSS selector).
export async function axeViolations(page, within) {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (within) builder = builder.include(within);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

/// Reports every Content-Security-Policy violation as a console error, which the
/// fixture below turns into a failure. Init scripts are not subject to the policy.
export function reportCspViolations() {
  document.addEventListener("securitypolicyviolation", (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
  });
}

/// Fails a test on any uncaught error or console error (CSP violations
/// included), and on any request that leaves the site's own origin.
export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    await page.addInitScript(reportCspViolations);
    // A test may name the uncaught error it causes (page.__expectPageError, a RegExp).
    page.on("pageerror", (e) => page.__expectPageError?.test(e.message) || problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      // An address that is not a page answers 404 with the not-found page, as
      // it should; the browser reports that status for the page itself.
      if (m.text().includes("status of 404") && m.location().url === page.url()) return;
      // A test that expects errors (failed requests) still fails on a CSP violation.
      // A test may name the one CSP report it expects (page.__expectCspViolation, a RegExp).
      if (m.type() === "error" && page.__expectCspViolation?.test(m.text())) return;
      if (m.type() === "error" && (!page.__expectConsoleErrors || m.text().startsWith("CSP violation"))) problems.push(`console error: ${m.text()}`);
    });
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin && url.protocol !== "data:") problems.push(`third-party request: ${r.url()}`);
    });
    // A page built in advance shows its content before the app has started:
    // wait until the app has taken over (or failed to start), so tests act on
    // the app. `page.gotoAsBuilt` does not wait, to look at the built page itself.
    page.gotoAsBuilt = page.goto.bind(page);
    for (const name of ["goto", "reload"]) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        await appStarted(page);
        return response;
      };
    }
    await use(page);
    // The app may still be fetching (its content, a retry) when a test ends:
    // a test's rewrite of a response still running then would read one the
    // closing page has let go of ("Response has been disposed"), and fail a
    // test that passed.
    await page.unrouteAll({ behavior: "ignoreErrors" });
    expect(problems, "errors and third-party requests during the test").toEqual([]);
  },
});

export { expect };

/// Headings in main with nothing under them before the next heading of the
/// same or a higher rank: no text, no picture, table or control.
export function emptyHeadings(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    const headings = [...main.querySelectorAll("h1, h2, h3, h4, h5, h6")];
    const rank = (h) => Number(h.tagName[1]);
    return headings
      .filter((h, i) => {
        const next = headings.slice(i + 1).find((n) => rank(n) <= rank(h));
        const range = document.createRange();
        range.setStartAfter(h);
        if (next) range.setEndBefore(next);
        else range.setEndAfter(main.lastChild);
        const part = range.cloneContents();
        return !range.toString().trim() && !part.querySelector("img, svg, table, input, select, textarea, button, a");
      })
      .map((h) => h.textContent.trim());
  });
}

/// Takes the quiz choosing, for each question, the answers `plan` gives by
/// question text, or else the last answer (for a multiple question, "None of
/// these" where there is one), or the first with `{ otherwise: "first" }`.
export async function answerQuiz(page, plan, { otherwise = "last" } = {}) {
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  for (;;) {
    const question = (await page.locator(".occ-quiz__question").textContent()).trim();
    const choices = plan[question];
    if (choices) for (const c of choices) await page.getByLabel(c, { exact: true }).check();
    else await page.locator(".occ-quiz input")[otherwise]().check();
    const results = page.getByRole("button", { name: "See your results" });
    if (await results.count()) {
      await results.click();
      break;
    }
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(".occ-quiz__question")).not.toHaveText(question);
  }
  await appShows(page, "Your quiz results");
  // The results' part has taken over from the page built in advance.
  await appStarted(page);
  await expect(page.locator("#how-the-quiz-works")).toHaveCount(1);
}

/// Stands in for the browser's share sheet (the Web Share API): what the page
/// shares is kept, for `shared(page)` to read.
export async function recordShares(page) {
  await page.addInitScript(() => {
    window.__shared = [];
    Navigator.prototype.share = function (data) {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
}
export const shared = (page) => page.evaluate(() => window.__shared);

/// Every role the results list: the best matches, the others by name, and
/// those to work towards, one line each.
export const listedRoles = (page) => page.locator(".occ-result__title, .occ-results__short a, .occ-results__towards summary");

/// How many roles the results say they leave out (below the list's floor).
export async function leftOutCount(page) {
  const note = page.locator("#roles-left-out");
  if (!(await note.count())) return 0;
  return Number((await note.textContent()).match(/^(\d+) other role/)[1]);
}

export const quizAnswer = (questionId, answerId) => {
  const q = PACK.content.quiz.questions.find((x) => x.id === questionId);
  return [q.text, [q.answers.find((a) => a.id === answerId).text]];
};

/// The bands a role filter offers, lowest first (`Band::ALL`).
export const BANDS = ["2", "3", "4", "5", "6", "7", "8a"];

/// The pack's roles a role-list filter shows, as src/domain/role_filter.rs
/// decides: `type` clinical or non-clinical, `registration` needed or
/// not-needed, and the band range `from` and `to`.
export function rolesShown({ type, registration, from, to } = {}) {
  const rank = (band) => BANDS.indexOf(band);
  return PACK.content.roles.filter(
    (r) =>
      (!type || (type === "clinical") === r.clinical) &&
      (!registration || (registration === "needed") === (r.registration?.length > 0)) &&
      (!from || rank(r.band.to) >= rank(from)) &&
      (!to || rank(r.band.from) <= rank(to)),
  );
}

/// The role list's count, as the page says it for `shown` roles.
export const showingRoles = (shown) => `Showing ${shown.length} of ${PACK.content.roles.length} roles`;
