// Light pages: a page built in advance with nothing to operate
// loads no program. It is complete as built, its phone menu works, and which
// vacancies have closed is brought up to date by occ-start.js by the app's rule.
import { test, expect, appShows, axeViolations, holdIslandPrograms, DIST, PACK, ROUTES } from "./helpers.mjs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist } from "../../tools/serve-dist.mjs";

// Pages with no part to operate, from the content pack: home, a role, a site and the fixed parts.
const LIGHT = ROUTES.filter((r) => !r.path.includes("?") && /^\/($|roles\/(?!compare)|prisons\/|about|accessibility|words-explained|get-started|vacancies)/.test(r.path));
// Pages with a part to operate, and the one program each loads (src/bin/).
const OPERABLE = [
  ["/quiz", "quiz"],
  ["/pay", "pay"],
  ["/prisons", "sites"],
  ["/roles", "roles"],
  ["/pathways", "pathways"],
  ["/roles/compare", "compare"],
  ["/quiz/results", "results"],
  ["/check", "check"],
];

/// The site's own requests while `open` runs, by what was asked for.
async function requestsDuring(page, open) {
  const asked = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await open();
  // Anything started late (a preload, a program) would show by now.
  await page.waitForLoadState("networkidle");
  return asked;
}

for (const { path, h1 } of LIGHT) {
  test(`${path} loads no WebAssembly, only the content it was built from, and is complete as built`, async ({ page }) => {
    const asked = await requestsDuring(page, () => page.goto(path));
    await appShows(page, h1);
    expect(asked.filter((p) => p.endsWith(".wasm")), "WebAssembly").toEqual([]);
    // Each file it names, once, to check that the page is current (tools/built-from.mjs).
    const builtFrom = await page.locator(".occ-app").first().getAttribute("data-occ-built-from");
    const files = builtFrom.split(" ").map((pair) => `/content/${pair.split(":")[0]}`);
    expect(asked.filter((p) => p.includes("/content/")).sort(), "content").toEqual(files);
    await expect(page.locator(".occ-app").first()).toHaveAttribute("data-occ-current", "");
    // Only the page, its stylesheet and the start script (and the icon).
    expect(asked.filter((p) => /\.js$/.test(p))).toEqual(["/occ-start.js"]);
    const root = page.locator("#offender-care-careers");
    await expect(root).toHaveAttribute("data-occ-static", "");
    await expect(root).toHaveAttribute("data-occ-complete", "");
    // Nothing on it says a part needs JavaScript: no part does.
    expect(await page.evaluate(() => document.querySelector("main").innerText)).not.toContain("You can read this page without JavaScript");
  });
}

test("on a light page the phone menu opens and closes without a program", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the menu button shows on narrow screens only");
  await page.goto(LIGHT[0].path);
  const toggle = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Primary navigation" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link").first()).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link").first()).toBeHidden();
});

test("the skip link on a light page moves focus to the main content", async ({ page }) => {
  await page.goto(LIGHT[0].path);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const [path, program] of OPERABLE) {
  test(`${path} has a part to operate: it loads its own program, island-${program}, and not the whole app`, async ({ page }) => {
    // The editors' check runs its checks in a worker with files of its own, as it did before.
    const asked = (await requestsDuring(page, () => page.goto(path))).filter((p) => !p.startsWith("/check-worker"));
    const wasm = asked.filter((p) => p.endsWith(".wasm"));
    expect(wasm, "WebAssembly").toHaveLength(1);
    expect(wasm[0]).toMatch(new RegExp(`^/island-${program}-[0-9a-f]+_bg\\.wasm$`));
    // The start script, then beside the program the rest of the start-up.
    const js = asked.filter((p) => /\.js$/.test(p));
    expect(js[0]).toBe("/occ-start.js");
    expect(js.slice(1).sort()).toEqual([expect.stringMatching(new RegExp(`^/island-${program}-[0-9a-f]+\\.js$`)), expect.stringMatching(/^\/occ-later-[0-9a-f]+\.js$/)]);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    // One part, but for one inside it whose program comes when it is used.
    await expect(page.locator("[data-occ-island]:not([data-occ-on-use])")).toHaveCount(1);
    await expect(page.locator("[data-occ-island]:not([data-occ-on-use])")).toHaveAttribute("data-occ-program", program);
  });
}

// Links with a query or fragment, from the content pack, and the program each loads.
const QUERY_LINKS = ROUTES.filter((r) => r.path.includes("?") && !r.path.startsWith("/quiz/results")).map((r) => [
  r.path,
  r.h1,
  { "/roles": "roles", "/roles/compare": "compare", "/pathways": "pathways", "/prisons": "sites", "/pay": "pay" }[r.path.split("?")[0]],
]);

// A part inside another whose program comes when it is used, and so at once
// for a link that asks it to show something (data-occ-on-use): the sites' map.
const ON_USE = { sites: ["sitemap"] };

for (const [path, h1, program] of QUERY_LINKS) {
  const programs = [program, ...(ON_USE[program] || [])];
  test(`${path} gets its path's built page and loads only ${programs.map((p) => `island-${p}`).join(" and ")}, which read the query`, async ({ page }) => {
    const asked = await requestsDuring(page, () => page.goto(path));
    expect(asked.filter((p) => p.endsWith(".wasm")).sort()).toEqual(programs.sort().map((p) => expect.stringMatching(new RegExp(`^/island-${p}-[0-9a-f]+_bg\\.wasm$`))));
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    await expect(page.locator("main h1")).toHaveText(h1);
    await expect(page.locator("[data-occ-waiting]")).toHaveCount(0);
    await expect(page.getByText("Getting this page ready")).toHaveCount(0);
    expect(page.url()).toContain(path.split("?")[1].split("&")[0].split("=")[0]);
  });
}

test("until its program has read a link's query, the built part is out of sight under a message, then shows what the link holds", async ({ page }) => {
  const release = await holdIslandPrograms(page);
  await page.goto("/roles?type=clinical");
  const part = page.locator("[data-occ-island]");
  await expect(part).toHaveAttribute("data-occ-waiting", "");
  await expect(page.locator("[data-occ-island]").getByRole("status")).toHaveText("Getting this page ready for the link you followed.");
  // What the built page shows is the list with no filter: not what the link holds.
  await expect(page.getByLabel("Type of role")).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);

  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await expect(page.getByLabel("Type of role")).toHaveValue("clinical");
  await expect(part).not.toHaveAttribute("data-occ-waiting", "");
  await expect(page.getByText("Getting this page ready")).toHaveCount(0);
});

test("the editors' check as built is only what the build saw: out of sight until its program has checked the files as they are now", async ({ page }) => {
  const release = await holdIslandPrograms(page, "**/island-check-*_bg.wasm");
  await page.goto("/check");
  await expect(page.locator("[data-occ-island]")).toHaveAttribute("data-occ-waiting", "");
  await expect(page.locator("[data-occ-island]").getByRole("status")).toHaveText("Checking the content files as they are now.");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  release();
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  await expect(page.locator("[data-occ-waiting]")).toHaveCount(0);
});

test("if a query page's program cannot load, the built part shows again under the message that it has not fully loaded", async ({ page }) => {
  page.__expectConsoleErrors = true; // occ-start.js logs why the program could not start
  await page.route("**/island-*_bg.wasm", (route) => route.abort());
  await page.goto("/roles?type=clinical");
  await expect(page.locator(".occ-static-failure")).toBeVisible();
  await expect(page.locator("[data-occ-waiting]")).toHaveCount(0);
  await expect(page.getByLabel("Type of role")).toBeVisible();
  await expect(page.getByText("Getting this page ready")).toHaveCount(0);
});

/// Answers every question with its first answer, until the results show.
async function answerToResults(page) {
  for (let i = 0; !page.url().includes("/quiz/results"); i++) {
    expect(i, "the quiz ends").toBeLessThan(40);
    await page.locator(".occ-app .occ-checkboxes__input, .occ-app .occ-radios__input").first().check();
    await page.getByRole("button", { name: /^(Next|See your results)$/ }).click();
    await page.waitForTimeout(50);
  }
}

test("quiz results in a link's fragment get the built results page and the results' program", async ({ page }) => {
  // Answer the quiz to get a real results link.
  await page.goto("/quiz");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await answerToResults(page);
  await expect(page.locator("main h1")).toHaveText("Your quiz results");
  // A page of its own: read once its program has read the answers.
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  await expect(page.locator("[data-occ-waiting]")).toHaveCount(0);
  const link = page.url();
  expect(new URL(link).hash.length).toBeGreaterThan(1);
  const results = await page.locator("main").innerText();

  const fresh = await page.context().newPage();
  const asked = await requestsDuring(fresh, () => fresh.goto(link));
  expect(asked.filter((p) => p.endsWith(".wasm"))).toEqual([expect.stringMatching(/^\/island-results-[0-9a-f]+_bg\.wasm$/)]);
  await expect(fresh.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  await expect(fresh.locator("main h1")).toHaveText("Your quiz results");
  expect(await fresh.locator("main").innerText()).toBe(results);
});

// A part's program reads, as it starts on a link's address, content files
// its built page may not have been drawn from (a results link: the jobs and
// the sites). The page asks for them while the program downloads
// (data-occ-reads, src/domain/islands.rs: Island::reads), so once it runs the
// program asks for no file at all: each comes once, before it is needed.
test("a link's part has every content file it reads asked for while its program downloads, and each once", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "what a page fetches is the same at any size");
  await page.goto("/quiz");
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
  await answerToResults(page);
  await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
  const results = page.url();
  expect(new URL(results).hash.length).toBeGreaterThan(1);
  // One link of each program's, and a results link.
  const links = [...new Map(QUERY_LINKS.map(([path, , program]) => [program, path])).values(), results];
  for (const link of links) {
    const fresh = await page.context().newPage();
    // When the program is started: what it asks for comes after.
    await fresh.addInitScript(() => {
      for (const name of ["instantiateStreaming", "instantiate"]) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) {
          window.__occInstantiated ??= performance.now();
          return original.apply(this, args);
        };
      }
    });
    const asked = [];
    fresh.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await fresh.goto(link);
    await expect(fresh.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    await fresh.waitForLoadState("networkidle");
    const late = await fresh.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.startsWith("/content/") && !(e.startTime < window.__occInstantiated))
        .map((e) => new URL(e.name).pathname),
    );
    expect(late, `${link}: asked for by its program`).toEqual([]);
    const content = asked.filter((p) => p.startsWith("/content/"));
    expect(new Set(content).size, `${link}: ${content}`).toBe(content.length);
    await fresh.close();
  }
});

// The quiz's questions and its results have a program each (issue 48: each
// under 100 KB). The questions' page fetches the results' program once the
// person starts answering, so the results work as soon as they are shown: the
// server sends it once, before the last answer. Counted in nginx's log, on a
// server of the test's own (ports beside the suite's; nginx takes two).
const aheadPortFor = (testInfo) => Number(new URL(testInfo.project.use.baseURL).port) + 80 + (testInfo.project.name === "phone" ? 0 : 2);
test.describe("a program fetched ahead", () => {
test.use({ baseURL: async ({}, use, testInfo) => use(`http://127.0.0.1:${aheadPortFor(testInfo)}`) });
test("the quiz fetches its results' program once the person starts answering, and its results page uses that copy", async ({ page }, testInfo) => {
  const log = join(mkdtempSync(join(tmpdir(), "occ-ahead-")), "access.log");
  const { stop } = await serveDist(aheadPortFor(testInfo), DIST, { accessLog: log });
  const sent = (program) => readFileSync(log, "utf8").split("\n").filter((line) => new RegExp(`^/island-${program}-[0-9a-f]+_bg\\.wasm `).test(line));
  try {
    await page.goto("/quiz");
    const root = page.locator("#offender-care-careers");
    await expect(root).toHaveAttribute("data-occ-complete", "");
    await page.waitForLoadState("networkidle");
    expect(sent("quiz"), "the quiz's own program").toHaveLength(1);
    expect(sent("results"), "nothing more for a visitor who only looks").toEqual([]);
    await page.locator(".occ-app .occ-checkboxes__input, .occ-app .occ-radios__input").first().check();
    await expect.poll(() => sent("results").length, { message: "fetched once the person starts" }).toBe(1);
    await answerToResults(page);
    await expect(page.locator("main h1")).toHaveText("Your quiz results");
    await expect(root).toHaveAttribute("data-occ-complete", "");
    await expect(page.locator(".occ-results").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(sent("results"), "the results page used the copy fetched ahead").toHaveLength(1);
  } finally {
    stop();
  }
});
});

// A vacancy in the pack whose closing date can be read: its role's page lists
// it with the moment it closes. A pack with none has nothing to mark.
const VACANCY = PACK.content.vacancies.find((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.closing));

/// The closing moment the app wrote into the role's built page (DateTime::reached_at_millis).
async function closingMoment(page, path) {
  const html = await (await page.request.get(path)).text();
  const closes = Number((html.match(/data-occ-closes="(\d+)"/) || [])[1]);
  expect(closes, "a closing moment in the built page").toBeGreaterThan(0);
  return closes;
}

for (const [when, offset, closed] of [["a millisecond before", -1, false], ["at", 0, true]]) {
  test(`a role page ${when} its vacancy's closing moment shows it ${closed ? "closed" : "open"}, by the app's rule`, async ({ page }) => {
    test.skip(!VACANCY, "the content has no vacancy with a closing date");
    const path = `/roles/${VACANCY.role}`;
    const closes = await closingMoment(page, path);
    // Fixed, so loading the page does not carry the clock past the moment.
    await page.clock.setFixedTime(closes + offset);
    await page.goto(path);
    const item = page.locator("[data-occ-closes]").first();
    await expect(item).toBeVisible();
    await expect(item.locator("[data-occ-closed]")).toBeVisible({ visible: closed });
    await expect(page.getByText("There are no open vacancies for this role at the moment.")).toBeVisible({ visible: closed });
    if (closed) await expect(item).toContainText("(closed, closing date");
    expect(await axeViolations(page)).toEqual([]);
  });
}

/// The words of a page's parts that depend on the moment, as a person reads them.
const datedWords = (page) => page.locator('[data-occ-dated="part"]').evaluateAll((parts) => parts.map((p) => p.innerText));

// The vacancies and a vacancy page load no program: occ-start.js picks, from
// the moments the app wrote into the built page, what the app would say.
// Checked against the whole app itself (the same pages opened through its
// router, from a page the build did not make) at moments after the build.
for (const path of ["/vacancies", ...(PACK.content.vacancies[0] ? [`/vacancies/${PACK.content.vacancies[0].id}`] : [])]) {
  for (const [when, days] of [["on the day it was built", 0], ["3 days later", 3], ["40 days later", 40]]) {
    test(`${path} ${when} says what the whole app says about which posts are open, in its order`, async ({ page }) => {
      const built = Date.parse((await (await page.request.get(path)).headers())["last-modified"]);
      await page.clock.setFixedTime(built + days * 86_400_000 + 60_000);
      const asked = await requestsDuring(page, () => page.goto(path));
      expect(asked.filter((p) => p.endsWith(".wasm"))).toEqual([]);
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
      const light = await datedWords(page);
      expect(light.length).toBeGreaterThan(0);

      // The whole app, at the same moment: a page not built is the app page, whose router follows the link.
      await page.goto("/no-such-page");
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
      await page.evaluate((to) => {
        const a = document.createElement("a");
        a.href = to;
        a.textContent = "to";
        document.querySelector("#occ-main").append(a);
        a.click();
      }, path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
      expect(await datedWords(page)).toEqual(light);
    });
  }
}
