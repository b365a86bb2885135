// A page is never older than its content (docs/editing.md, "The editing
// loop"): an editor edits a content file, checks it on /check, publishes it
// and does nothing else. On the next load every page that shows it, on the
// stand-alone site and inside a trust's page, shows the new words, and the old
// ones are never seen, not even for a moment. While the content is as built,
// the pages are the light ones built in advance (tools/built-from.mjs).
import { test, expect, appNavLink, appShows, axeViolations, embedded, embeddedShows, PACK, packFile } from "./helpers.mjs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { copyOfBuild, writeChanged } from "./build-copy.mjs";
import { serveDist } from "../../tools/serve-dist.mjs";

// Each test has a copy of the build of its own, served on ports beside the
// suite's (nginx takes a port for the site and the next for the trust's
// page), and that site is the origin the fixture holds the page's requests to.
const TESTS = [];
const named = (title) => (TESTS.push(title), title);
const portFor = (testInfo) =>
  Number(new URL(testInfo.project.use.baseURL).port) + 90 + (testInfo.project.name.endsWith("phone") ? 0 : 6) + 2 * TESTS.indexOf(testInfo.title);
test.use({ baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${portFor(testInfo)}`) });

async function served(testInfo) {
  const dist = copyOfBuild();
  const { base, stop } = await serveDist(portFor(testInfo), dist);
  const host = base.replace(/:(\d+)$/, (_, port) => `:${Number(port) + 1}`);
  return { dist, base, host, stop };
}

// A second tab, on the trust's page (another origin than the fixture's page),
// failing the test on any error or request elsewhere as the fixture does.
async function hostTab(page, host) {
  const tab = await page.context().newPage();
  const problems = [];
  tab.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  tab.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  tab.on("request", (r) => new URL(r.url()).origin !== host && problems.push(`third-party request: ${r.url()}`));
  return { tab, problems };
}

const ROLE = PACK.content.roles[0];
const EDITED = "Role title edited for this test";
const editedRoles = () => packFile("roles.json").replace(JSON.stringify(ROLE.title), JSON.stringify(EDITED));

// Records whether `old` was ever drawn as a visible main heading: looked at
// in every frame, before it is painted (not before: while the stylesheet is
// on its way nothing is painted, though the heading counts as visible).
async function watchFor(page, old) {
  await page.addInitScript((old) => {
    window.__sawOld = [];
    const look = () => {
      for (const h1 of document.querySelectorAll("h1")) {
        if (h1.textContent.trim() === old && h1.checkVisibility({ visibilityProperty: true })) window.__sawOld.push(location.pathname);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, old);
}

// The requests for the whole app's program (its JavaScript is named in occ-start.js).
function wholeAppRequests(page, dist) {
  const js = readFileSync(join(dist, "occ-start.js"), "utf8").match(/const FILES = \{ js: "([^"]+)"/)[1];
  const asked = [];
  page.on("request", (r) => r.url().endsWith(`/${js}`) && asked.push(r.url()));
  return asked;
}

test(named("an edited role's title is on its page at once, stand-alone and embedded, and the old one is never seen"), async ({ page }, testInfo) => {
  const { dist, base, host, stop } = await served(testInfo);
  try {
    const whole = wholeAppRequests(page, dist);
    // As built: the light page, with no program.
    await page.goto(`/roles/${ROLE.id}`);
    await appShows(page, ROLE.title);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    await expect(page.locator(".occ-app[data-occ-built-from]")).toHaveAttribute("data-occ-current", "");
    expect(whole).toEqual([]);

    writeChanged(join(dist, "content/roles.json"), editedRoles());
    await watchFor(page, ROLE.title);
    await page.goto(`/roles/${ROLE.id}`);
    await appShows(page, EDITED);
    await expect(page).toHaveTitle(new RegExp(`^${EDITED}`));
    expect(await page.evaluate(() => window.__sawOld)).toEqual([]);
    expect(whole.length).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // A page with a part to operate that lists the role.
    await page.goto(`/roles`);
    await expect(page.locator("main").getByRole("link", { name: EDITED, exact: true }).first()).toBeVisible();
    await expect(page.locator("main").getByRole("link", { name: ROLE.title, exact: true })).toHaveCount(0);

    // Inside the trust's page: the same, and links then go on in the same document.
    const { tab, problems } = await hostTab(page, host);
    await watchFor(tab, ROLE.title);
    await tab.goto(`${host}${embedded(`/roles/${ROLE.id}`)}`);
    await embeddedShows(tab, EDITED);
    expect(await tab.evaluate(() => window.__sawOld)).toEqual([]);
    expect(await axeViolations(tab, "#offender-care-careers")).toEqual([]);
    await (await appNavLink(tab, "Roles")).click();
    await expect(tab.locator("#offender-care-careers h1")).toHaveText("Roles in prison healthcare");
    await expect(tab.locator("#offender-care-careers").getByRole("link", { name: EDITED, exact: true }).first()).toBeVisible();
    await tab.goBack();
    await expect(tab.locator("#offender-care-careers h1")).toHaveText(EDITED);
    expect(await tab.evaluate(() => window.__sawOld)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    stop();
  }
});

test(named("the editors' loop needs only a browser: edit, check on /check, publish, and a new vacancy is there"), async ({ page }, testInfo) => {
  const { dist, base, host, stop } = await served(testInfo);
  try {
    // Edit: a vacancy added (a copy of the first, under its own id and title).
    const vacancies = JSON.parse(packFile("vacancies.json"));
    const first = vacancies.vacancies[0];
    const added = { ...first, id: "vacancy-added-for-this-test", title: "Vacancy added for this test", job_ref: "TEST-1" };
    vacancies.vacancies.push(added);
    const edited = JSON.stringify(vacancies, null, 2);

    // Check: the edited file on /check, in place of the published one.
    await page.goto(`/check`);
    await appShows(page, "Check the content");
    await page.getByLabel("Files you have edited").setInputFiles([{ name: "vacancies.json", mimeType: "application/json", buffer: Buffer.from(edited) }]);
    await expect(page.getByText("Checked your vacancies.json in place of the published ones.", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();

    // Publish: the file copied to the site's content folder, and nothing else.
    writeChanged(join(dist, "content/vacancies.json"), edited);

    // See it: the list of vacancies and the vacancy's own page, which no page
    // was built for, stand-alone and embedded.
    await page.goto(`/vacancies`);
    await appShows(page, "Vacancies");
    await expect(page.locator("main").getByRole("link", { name: added.title })).toBeVisible();
    await page.goto(`/vacancies/${added.id}`);
    await appShows(page, added.title);
    const { tab, problems } = await hostTab(page, host);
    await tab.goto(`${host}${embedded(`/vacancies/${added.id}`)}`);
    await embeddedShows(tab, added.title);
    await tab.goto(`${host}${embedded("/vacancies")}`);
    await embeddedShows(tab, "Vacancies");
    await expect(tab.locator("#offender-care-careers").getByRole("link", { name: added.title })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    stop();
  }
});

test(named("a page whose content cannot be fetched to check it shows as built"), async ({ page }, testInfo) => {
  const { base, stop } = await served(testInfo);
  try {
    page.__expectConsoleErrors = true;
    await page.route("**/content/roles.json", (route) => route.abort("internetdisconnected"));
    await page.goto(`/roles/${ROLE.id}`);
    await appShows(page, ROLE.title);
    await expect(page.locator("main h1")).toBeVisible();
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  } finally {
    stop();
  }
});
