// Faults and hostile input: every failure a person can meet, tried in the browser.
// Each ends in a clear message and a way out, never a blank or frozen page.
import { test, expect, appShows, appNavLink, axeViolations, embedded, embeddedShows, wholeApp, HOST, PACK, ROUTES, SITE_CONTENT } from "./helpers.mjs";
import { BUILT_NAME, LATER_NAME } from "../../tools/built-names.mjs";
import { readFileSync } from "node:fs";

/// Every content file, a page that shows it, and the words its error uses:
/// from the one list of content files (src/content/files.rs), written out by
/// `UPDATE_SCHEMAS=1 cargo test --test content_files`.
const FILES = JSON.parse(readFileSync(new URL("./content-files.json", import.meta.url), "utf8")).map(
  ({ file, page, what }) => ({ file, path: page.replace(":role", PACK.content.days[0].role), what }),
);

/// How a content request can go wrong, as a route handler.
const FAULTS = {
  "404": (route) => route.fulfill({ status: 404, contentType: "text/html", body: "<h1>Not found</h1>" }),
  "500": (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "boom" }),
  "HTML from an SPA fallback": (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html><body>the app</body></html>" }),
  "malformed JSON": (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"roles": [' }),
  "JSON of the wrong shape": (route) => route.fulfill({ status: 200, contentType: "application/json", body: "[1, 2, 3]" }),
  "no connection": (route) => route.abort("internetdisconnected"),
};

const errorFor = (page, what) => page.getByRole("alert").filter({ hasText: `We could not load the ${what}.` });

// The whole app loads every file it shows: run in the example trust's page
// (helpers.mjs, wholeApp), as the stand-alone site runs it for a route with no
// page built (a page built with nothing to operate loads no content at all,
// light.spec.mjs).
test.describe("in the whole app", () => {
test.use({ baseURL: HOST });
test.beforeEach(({ page }) => wholeApp(page));
for (const { file, path, what } of FILES) {
  test(`${file}: every kind of failure is named, the site still works, and Try again recovers`, async ({ page }) => {
    page.__expectConsoleErrors = true; // the browser logs failed requests
    let fault = null;
    await page.route(`**/content/${file}`, (route) => (fault ? FAULTS[fault](route) : route.continue()));
    for (const name of Object.keys(FAULTS)) {
      fault = name;
      await page.goto(embedded(path));
      await expect(errorFor(page, what), name).toBeVisible();
      await expect(errorFor(page, what).getByRole("button", { name: "Try again" })).toBeVisible();
    }
    // Pages that do not need the file still work.
    await (await appNavLink(page, "Accessibility")).click();
    await embeddedShows(page, "Accessibility statement");
    await page.goBack();
    await expect(errorFor(page, what)).toBeVisible();
    // The fault clears: Try again loads it.
    fault = null;
    await errorFor(page, what).getByRole("button", { name: "Try again" }).click();
    await expect(errorFor(page, what)).toHaveCount(0);
    await expect(page.locator(".occ-loading")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}

});

test("a page whose parts load separately: one Try again retries every part that failed", async ({ page }) => {
  page.__expectConsoleErrors = true;
  let failing = true;
  await page.route(/\/content\/(sites|map)\.json$/, (route) => (failing ? FAULTS["500"](route) : route.continue()));
  await page.goto("/prisons");
  // The map shows inside the list, so only the list's failure is shown.
  await expect(errorFor(page, "list of prisons and sites")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  failing = false;
  await errorFor(page, "list of prisons and sites").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  await expect(page.locator(".occ-map")).toHaveCount(1);
});

test.describe("in the whole app", () => {
test.use({ baseURL: HOST });
test.beforeEach(({ page }) => wholeApp(page));
test("a site's page: roles and vacancies both failed, one Try again retries both", async ({ page }) => {
  page.__expectConsoleErrors = true;
  let failing = true;
  await page.route(/\/content\/(roles|vacancies)\.json$/, (route) => (failing ? FAULTS["no connection"](route) : route.continue()));
  const site = ROUTES.find((r) => r.path.startsWith("/prisons/"));
  await page.goto(embedded(site.path));
  await expect(errorFor(page, "role profiles")).toBeVisible();
  await expect(errorFor(page, "list of vacancies")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  failing = false;
  await errorFor(page, "role profiles").getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".occ-loading")).toHaveCount(0);
});

test("a content file that never arrives times out with a message, and Try again recovers", async ({ page }) => {
  page.__expectConsoleErrors = true;
  // The page's clock, not the test's: the loader's time limit passes at once.
  await page.clock.install();
  let hang = true;
  // When the page asked for the file, by its own clock: that clock also runs
  // in real time, which a busy machine can make more than a second.
  let asked;
  await page.route("**/content/site.json", async (route) => {
    if (!hang) return route.continue();
    asked ??= await page.evaluate(() => Date.now());
  });
  await page.goto(embedded("/"));
  // The app waits for the file.
  await expect(page.locator(".occ-app #occ-main .occ-loading")).toHaveCount(1);
  await expect.poll(() => asked).toBeDefined();
  const alert = errorFor(page, "introduction to the site");
  const since = (await page.evaluate(() => Date.now())) - asked;
  expect(since).toBeLessThan(9_000);
  await page.clock.fastForward(9_000 - since);
  await expect(alert).toHaveCount(0);
  await page.clock.fastForward(1_500);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("It took too long to arrive.");
  hang = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("Offender healthcare is a unique and challenging branch of healthcare")).toBeVisible();
});

test("going offline mid-visit: what is loaded keeps working, the rest says so, and recovers online", async ({ page, context }) => {
  page.__expectConsoleErrors = true;
  await page.goto(embedded("/"));
  await embeddedShows(page, "Careers in offender healthcare");
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  await context.setOffline(true);
  await (await appNavLink(page, "Vacancies")).click();
  await embeddedShows(page, "Vacancies");
  const alert = errorFor(page, "list of vacancies");
  await expect(alert).toContainText("Check you are connected to the internet");
  // Home's content was loaded before: it still shows.
  await page.goBack();
  await expect(page.getByText("Offender healthcare is a unique and challenging branch of healthcare")).toBeVisible();
  await page.goForward();
  await expect(alert).toBeVisible();
  await context.setOffline(false);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".occ-vacancy")).toHaveCount(1);
});
});

const PROGRAM_JS = /\/(offender-care-careers|island-[a-z]+)-[0-9a-f]+\.js$/;
const PROGRAM_WASM = /\/(offender-care-careers|island-[a-z]+)-[0-9a-f]+_bg\.wasm$/;

test.describe("when the app itself cannot load", () => {
  const failures = {
    // The whole app's files, or a page's own program's (src/bin/).
    "its JavaScript answers 404": [PROGRAM_JS, (r) => r.fulfill({ status: 404, body: "" })],
    "its WebAssembly answers 404": [PROGRAM_WASM, (r) => r.fulfill({ status: 404, body: "" })],
    "its WebAssembly is corrupt": [
      PROGRAM_WASM,
      (r) => r.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not a wasm module at all") }),
    ],
    "the connection drops": [PROGRAM_WASM, (r) => r.abort("connectionreset")],
  };
  // A page the build did not make is rendered only by the whole app
  // (index.html); /roles is a page built in advance, which stays readable.
  const pages = [
    ["/no-such-page", "This page has not loaded", null],
    ["/roles", "This page has not fully loaded", "Roles in prison healthcare"],
  ];
  for (const [name, [pattern, handler]] of Object.entries(failures)) {
    for (const [path, says, h1] of pages) {
      test(`${name} on ${path}: the page says so, with NHS Jobs and the trust's website`, async ({ page }) => {
        page.__expectConsoleErrors = true;
        await page.route(pattern, handler);
        await page.goto(path);
        const message = page.locator(".occ-static-failure");
        await expect(message).toBeVisible();
        await expect(message).toHaveAttribute("role", "alert");
        await expect(message).toContainText(says);
        await expect(message.getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
        await expect(message.getByRole("link", { name: SITE_CONTENT.trust_website.text })).toHaveAttribute("href", SITE_CONTENT.trust_website.url);
        if (h1) {
          await expect(page.locator("main h1")).toHaveText(h1);
          await expect(page.locator(".occ-card").first()).toBeVisible();
        }
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  // A press held while the program was on its way is let go when the
  // program cannot load: no promise of it being used beside the failure
  // message (issue 46).
  test("a press held while the program loads is let go when it fails: only the failure is said", async ({ page }) => {
    page.__expectConsoleErrors = true;
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(PROGRAM_WASM, async (route) => {
      await held;
      await route.fulfill({ status: 404, body: "" });
    });
    await page.goto("/quiz");
    await page.locator(".occ-checkboxes__input, .occ-radios__input").first().check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText("What you chose will be used in a moment")).toBeVisible();
    release();
    const message = page.locator(".occ-static-failure");
    await expect(message).toBeVisible();
    await expect(page.getByText("What you chose will be used in a moment")).toHaveCount(0);
    await expect(page.locator("[data-occ-pressed]")).toHaveCount(0);
    // A press now is not held again, and promises nothing.
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForTimeout(200);
    await expect(page.getByText("What you chose will be used in a moment")).toHaveCount(0);
    await expect(page).toHaveURL(/\/quiz$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("even the start script is missing: the message appears after a while", async ({ page }) => {
    page.__expectConsoleErrors = true;
    await page.route("**/occ-start.js", (r) => r.fulfill({ status: 404, body: "" }));
    // The wait is a CSS animation's delay (no script runs): played 5 times
    // faster through the browser's animation controls, not waited out.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Animation.enable");
    await cdp.send("Animation.setPlaybackRate", { playbackRate: 5 });
    await page.goto("/no-such-page");
    const message = page.locator(".occ-static-failure");
    await expect(message).toBeHidden();
    await expect(message).toBeVisible({ timeout: 5_000 });
    await expect(message.getByRole("link", { name: SITE_CONTENT.jobs.text })).toBeVisible();
  });

  test("JavaScript is off: a page only the app shows says JavaScript is needed and where to find jobs", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/no-such-page");
    // Read from the rendering: Playwright's text locators do not look inside <noscript>.
    const shown = await page.evaluate(() => document.querySelector("main").innerText);
    expect(shown).toContain("This website needs JavaScript to work.");
    expect(shown).toContain(SITE_CONTENT.jobs.text);
    const links = await page.evaluate(() => [...document.querySelectorAll("main noscript a")].map((a) => a.href));
    expect(links).toEqual([SITE_CONTENT.jobs.url, SITE_CONTENT.trust_website.url]);
    await expect(page.locator(".occ-static-failure")).toBeHidden();
    await context.close();
  });
});

// A panic in a part's program (src/web/config.rs): the release build stops
// where it happens, leaving the browser an uncaught WebAssembly.RuntimeError.
// Made here for real: the running program is asked, through its own
// exports, for more memory than it can have, and its allocator's failure
// aborts as a panic does.
async function panicIn(page, { as = "task" } = {}) {
  page.__expectPageError = /unreachable/;
  page.__expectConsoleErrors = true;
  await page.evaluate(async (as) => {
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /\/island-[a-z]+-[0-9a-f]+\.js$/.test(n));
    // The module already running: its init gives back the running instance.
    const { default: init } = await import(glue);
    const program = await init();
    const boom = () => program.__wbindgen_malloc(0xfffffff0, 8);
    if (as === "task") setTimeout(boom);
    else queueMicrotask(() => Promise.resolve().then(boom));
  }, as);
}

test.describe("a panic in a part's program", () => {
  for (const as of ["task", "promise"]) {
    test(`stops the part with a clear message and a way out (${as})`, async ({ page }) => {
      await page.goto("/quiz");
      await appShows(page, "Which role suits you?");
      await panicIn(page, { as });
      const message = page.getByRole("alert").filter({ hasText: "Sorry, something went wrong" });
      await expect(message).toBeVisible();
      await expect(message.getByRole("heading", { level: 1 })).toHaveText("Sorry, something went wrong");
      await expect(message.getByRole("link", { name: "Reload the page" })).toHaveAttribute("href", page.url());
      await expect(message.getByRole("link", { name: SITE_CONTENT.jobs.text })).toHaveAttribute("href", SITE_CONTENT.jobs.url);
      // The part that stopped answering is gone.
      await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
      await message.getByRole("link", { name: "Reload the page" }).click();
      await appShows(page, "Which role suits you?");
      await expect(page.locator(".occ-fatal")).toHaveCount(0);
    });
  }

  test.describe("in a trust's page", () => {
    test.use({ baseURL: HOST });
    test("the app's own panic is said in its element, and the host's page stays", async ({ page }) => {
      await page.goto(embedded("/quiz"));
      await embeddedShows(page, "Which role suits you?");
      const hostHeading = page.locator(".trust-header");
      await expect(hostHeading).toBeVisible();
      await panicIn(page);
      const app = page.locator("#offender-care-careers");
      await expect(app.getByRole("alert")).toContainText("Sorry, something went wrong");
      await expect(hostHeading).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test("a WebAssembly error of the host's own leaves the app as it is", async ({ page }) => {
      await page.goto(embedded("/quiz"));
      await embeddedShows(page, "Which role suits you?");
      page.__expectPageError = /the host's own/;
      await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError("the host's own"); }));
      await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
      await expect(page.locator(".occ-fatal")).toHaveCount(0);
      await expect(page.locator("#offender-care-careers").getByRole("button", { name: "Next" })).toBeVisible();
    });
  });
});

test.describe("bad addresses", () => {
  const cases = [
    ["/roles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Page not found", null],
    ["/vacancies/Bank%20Nurse%20..", "Page not found", null],
    ["/prisons/hmp-elmley/extra", "Page not found", null],
    ["/prisons?region=atlantis&near=Nowhere&holds=dragons", "Where you can work", "We did not recognise part of the link, so we ignored it. These filters are not set: region and holds."],
    ["/pay?band=99&point=x&hours=-5", "Pay and benefits", "There is a problem"],
  ];
  for (const [path, h1, message] of cases) {
    test(`${path} gives a clear page, not a crash`, async ({ page }) => {
      await page.goto(path);
      await appShows(page, h1);
      if (message) await expect(page.getByText(message)).toBeVisible();
    });
  }
});

test.describe("hostile content on a 320 pixel screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
  const LONG = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(6);

  test("markup in content is shown as text, long words wrap, and nothing runs", async ({ page, request }) => {
    const roles = await (await request.get("/content/roles.json")).json();
    const nurse = roles.roles[0];
    nurse.summary = `${HOSTILE} ${LONG}`;
    await page.route("**/content/roles.json", (route) => route.fulfill({ json: roles }));
    let dialogs = 0;
    page.on("dialog", (d) => { dialogs += 1; d.dismiss(); });
    // The role list shows each summary, from the content as it is fetched.
    await page.goto("/roles");
    await appShows(page, "Roles in prison healthcare");
    await expect(page.getByText(HOSTILE).first()).toBeVisible();
    await expect(page.locator(".occ-app img[src=x], .occ-app main script, .occ-app main b")).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  // The vacancies' built pages hold what the build read: content changed at
  // run time reaches the whole app, so these run in it, embedded.
  test.describe("in the whole app", () => {
  test.use({ baseURL: HOST });
  test.beforeEach(({ page }) => wholeApp(page));

  test("a content link that is not https:, mailto: or tel: is refused", async ({ page, request }) => {
    const vacancies = await (await request.get("/occ/content/vacancies.json")).json();
    vacancies.vacancies[0].apply_url = "javascript:window.__pwned=1";
    // Open, so the page would offer the apply link if it were safe.
    vacancies.vacancies[0].closing = "2099-12-31T23:59";
    await page.route("**/content/vacancies.json", (route) => route.fulfill({ json: vacancies }));
    await page.goto(embedded(`/vacancies/${vacancies.vacancies[0].id}`));
    // The app does not run the editors' checks: the advert shows,
    // the link is never written as a link, and a way to apply remains.
    await embeddedShows(page, vacancies.vacancies[0].title);
    await expect(page.locator('a[href^="javascript" i]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Apply on the employer's website" })).toHaveCount(0);
    await expect(page.getByText("Apply through the trust's live jobs")).toBeVisible();
    await expect(page.locator(".occ-apply a").first()).toHaveAttribute("href", /^https:/);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test("a published contact email becomes a mailto link", async ({ page, request }) => {
    const vacancies = await (await request.get("/occ/content/vacancies.json")).json();
    vacancies.vacancies[0].contact.email = "recruitment@example.nhs.uk";
    await page.route("**/content/vacancies.json", (route) => route.fulfill({ json: vacancies }));
    await page.goto(embedded(`/vacancies/${vacancies.vacancies[0].id}`));
    await expect(page.getByRole("link", { name: "recruitment@example.nhs.uk" })).toHaveAttribute("href", "mailto:recruitment@example.nhs.uk");
  });
  });
});

test("privacy: a walk through every page makes no request elsewhere, sets no cookie, and keeps quiz answers in the link and this browser", async ({ page, context, baseURL }) => {
  // Some 26 pages in one test: more time than one page's test gets, so a busy
  // machine does not fail it (CI once took 30.7 s with a build running beside it).
  test.setTimeout(90_000);
  // The fixture fails the test on any request to another origin.
  const origins = new Set();
  page.on("request", (r) => origins.add(new URL(r.url()).origin));
  for (const route of ROUTES) {
    await page.goto(route.path);
    await appShows(page, route.h1);
    await expect(page.locator(".occ-loading")).toHaveCount(0);
  }
  // Answer one quiz question: progress is kept in this browser only.
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  await page.locator(".occ-app .occ-checkboxes__input").first().check();
  await page.getByRole("button", { name: /Next|See your results/ }).click();
  const stored = await page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  expect(stored.cookie).toBe("");
  expect(stored.session).toEqual([]);
  expect(stored.local).toEqual(["occ-quiz-progress"]);
  expect(await context.cookies()).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL).origin]);
});

test.describe("old caches", () => {
  test("index.html, the start script and content are revalidated; hashed files are immutable", async ({ request }) => {
    const noCache = ["/", `/roles/${PACK.content.roles[0].id}`, "/index.html", "/occ-start.js", "/content/roles.json"];
    for (const path of noCache) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe("no-cache");
    }
    // The build's hashed files that a text names.
    const named = (text) => [...new Set(text.match(BUILT_NAME) ?? [])];
    const names = named(await (await request.get("/occ-start.js")).text());
    expect(names).toHaveLength(3);
    const shell = await (await request.get("/index.html")).text();
    // A page with nothing to operate, and one the app takes over.
    const light = await (await request.get("/")).text();
    expect(light).toContain("data-occ-static");
    const built = await (await request.get("/roles")).text();
    for (const name of named(light)) expect(names).toContain(name);
    // The pages and the start script name the same build (a built page names
    // only the stylesheet; the start script loads the rest).
    expect(built).toContain("data-occ-prerendered");
    expect(named(built).length).toBeGreaterThan(0);
    for (const name of named(built)) expect(names).toContain(name);
    for (const name of names) {
      expect(shell).toContain(`/${name}`);
      const response = await request.get(`/${name}`);
      expect(response.status(), name).toBe(200);
      expect(response.headers()["cache-control"], name).toBe("public, max-age=31536000, immutable");
    }
    // The rest of the start-up, named by its text: immutable too, and a page's
    // program and it are saved for offline use alike.
    const [later] = (await (await request.get("/occ-start.js")).text()).match(LATER_NAME) ?? [];
    expect(later).toBeTruthy();
    const response = await request.get(`/${later}`);
    expect(response.status(), later).toBe(200);
    expect(response.headers()["cache-control"], later).toBe("public, max-age=31536000, immutable");
    expect(await (await request.get("/sw.js")).text()).toContain(later);
  });
});
