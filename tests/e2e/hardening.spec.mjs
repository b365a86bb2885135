// Hardening: what a link can make the site say, what reaches a
// server's logs, and states a hover or focus can put a page in.
import { test, expect, appShows, axeViolations, embedded, recordShares, shared, wholeApp, ROUTES, STANDALONE, HOST, PACK, DIST, packFile } from "./helpers.mjs";
import { readdirSync, readFileSync } from "node:fs";
import { builtNames } from "../../tools/built-names.mjs";

/// A line a phisher would like the trust's site to say.
const LINE = "Applications now closed. Call 0800 123 456 to apply";
const PHONE = "0800 123 456";
/// Every query key a page reads (filters, comparison, pathways, quiz, pay, sites).
const KEYS = ["type", "registration", "band-from", "band-to", "roles", "role", "region", "category", "holds", "healthcare", "hide-closed", "near", "a", "band", "point", "hours", "area", "supplement"];
const HOSTILE_QUERY = KEYS.map((k) => `${k}=${encodeURIComponent(LINE)}`).join("&");

test.describe("a link's words never appear as the site's", () => {
  const paths = [...new Set(ROUTES.map((r) => r.path.split("?")[0]))];
  for (const path of paths) {
    test(`${path} with every query key set to a phishing line`, async ({ page }) => {
      const h1 = ROUTES.find((r) => r.path.split("?")[0] === path).h1;
      await page.goto(`${path}?${HOSTILE_QUERY}`);
      await appShows(page, h1);
      await expect(page.locator("body")).not.toContainText(PHONE);
      expect(await page.title()).not.toContain(PHONE);
      // Nor in a form field the link fills in.
      const values = await page.locator("input, select, textarea").evaluateAll((els) => els.map((e) => e.value));
      expect(values.filter((v) => v.includes(PHONE))).toEqual([]);
    });
  }

  test("a filter the link got wrong is named in our words", async ({ page }) => {
    await page.goto(`/roles?type=${encodeURIComponent(LINE)}&band-from=99`);
    await appShows(page, "Roles in prison healthcare");
    await expect(page.locator("main")).toContainText("These filters are not set: type of role and lowest band.");
    await page.goto(`/prisons?region=${encodeURIComponent(LINE)}`);
    await appShows(page, "Where you can work");
    await expect(page.locator("main")).toContainText("This filter is not set: region.");
  });
});

/// Answers every question with its first answer and opens the results.
async function takeQuiz(page) {
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  for (;;) {
    const progress = await page.locator("#occ-quiz-progress").textContent();
    await page.locator(".occ-quiz input").first().check();
    const [, n, total] = progress.match(/Question (\d+) of (\d+)/);
    if (n === total) break;
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question ${Number(n) + 1} of ${total}`);
  }
  await page.getByRole("button", { name: "See your results" }).click();
  await appShows(page, "Your quiz results");
  await expect(page.locator(".occ-result").first()).toBeVisible();
}

test.describe("quiz answers stay off servers and can be forgotten", () => {
  test("the results link keeps the answers in its fragment, which no request carries", async ({ page }) => {
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await takeQuiz(page);
    const url = new URL(page.url());
    expect(url.search).toBe("");
    expect(url.hash).toMatch(/^#a=2\.[0-9a-z]+/);
    const code = url.hash.slice("#a=".length);
    // Opened again, as a bookmark or a shared link would be.
    await page.reload();
    await expect(page.locator(".occ-result").first()).toBeVisible();
    expect(requested.filter((u) => u.includes(code))).toEqual([]);

    // A link made before still opens, and its answers leave the query.
    await page.goto(`/quiz/results?a=${code}`);
    await expect(page.locator(".occ-result").first()).toBeVisible();
    await expect(page).toHaveURL((u) => u.search === "" && u.hash === `#a=${code}`);
  });

  test("the quiz says what is kept where, and forgets on request", async ({ page }) => {
    await takeQuiz(page);
    const section = page.getByRole("heading", { name: "Your answers on this device" });
    await expect(section).toBeVisible();
    await expect(page.locator("main")).toContainText(/browsers do not send that part to any website/i);
    expect(await page.evaluate(() => localStorage.getItem("occ-quiz-progress"))).not.toBeNull();
    await page.getByRole("button", { name: "Forget my answers" }).click();
    await expect(page.locator(".occ-inset", { hasText: "Your answers are forgotten on this device" })).toBeFocused();
    expect(await page.evaluate(() => localStorage.getItem("occ-quiz-progress"))).toBeNull();
    await expect(page).toHaveURL((u) => u.search === "" && u.hash === "");
    await expect(page.locator(".occ-result")).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);

    // The quiz itself starts afresh, and forgetting part way is the same.
    await page.getByRole("link", { name: "Take the quiz" }).click();
    await appShows(page, "Which role suits you?");
    await expect(page.locator("#occ-quiz-progress")).toHaveText(/^Question 1 of/);
    await expect(page.getByText("No answers are kept on this device now.")).toBeVisible();
    await page.locator(".occ-quiz input").first().check();
    await page.getByRole("button", { name: "Forget my answers" }).click();
    await expect(page.getByText(/^Your answers are forgotten on this device/)).toBeFocused();
    await expect(page.locator(".occ-quiz input:checked")).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem("occ-quiz-progress"))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });
});

/// Every link, button, summary and field in `within`, put in each state a
/// person can put it in (hovered, focused, pressed) all at once, forced
/// through the DevTools protocol as the browser's own devtools do; axe then
/// checks them in that state. A real hover or focus reaches one element at a
/// time and costs seconds each; forcing covers every element in three axe
/// runs. (What the app's own hover handlers show, such as a pathway, is drawn
/// with the styles of a chosen one, which the pages' resting states check.)
async function statesViolations(page, within) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const selector = ["a[href]", "button", "summary", "input", "select", "textarea", "[tabindex='0']"].map((s) => `${within} ${s}`).join(", ");
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector });
  expect(nodeIds.length).toBeGreaterThan(0);
  const found = [];
  for (const [state, classes] of [["hover", ["hover"]], ["focus", ["focus", "focus-visible"]], ["pressed", ["hover", "active"]]]) {
    for (const nodeId of nodeIds) await cdp.send("CSS.forcePseudoState", { nodeId, forcedPseudoClasses: classes });
    for (const v of await axeViolations(page, within)) found.push({ state, ...v });
    for (const nodeId of nodeIds) await cdp.send("CSS.forcePseudoState", { nodeId, forcedPseudoClasses: [] });
  }
  await cdp.detach();
  return found;
}

test.describe("no state a hover, focus or press puts an element in fails WCAG", () => {
  // From the content pack's routes (a role, a comparison, a chosen pathway, a
  // site, a worked-out estimate), so a trust's edits never break the list.
  const pick = (re) => ROUTES.find((r) => re.test(r.path)).path;
  const pages = ["/", "/roles", pick(/^\/roles\/[^/?]+$/), pick(/^\/roles\/compare\?/), pick(/^\/pathways\?/), "/prisons", pick(/^\/prisons\/[^/?]+$/), "/quiz", pick(/^\/pay\?/), "/vacancies", "/get-started", "/words-explained"];
  for (const path of pages) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      await expect(page.locator(".occ-loading")).toHaveCount(0);
      // The menu open on a phone, so its links are checked too.
      const menu = page.getByRole("button", { name: "Menu" });
      if (await menu.isVisible()) await menu.click();
      expect(await statesViolations(page, ".occ-app")).toEqual([]);
    });
  }

  // In the whole app, embedded: the vacancies' built pages hold what the build read.
  test.describe("in the whole app", () => {
  test.use({ baseURL: HOST });
  test.beforeEach(({ page }) => wholeApp(page));
  test("an open advert, with its apply button", async ({ page, request }) => {
    const vacancies = await (await request.get("/occ/content/vacancies.json")).json();
    const v = vacancies.vacancies[0];
    v.closing = "2099-12-31T23:59";
    v.apply_url = "https://www.jobs.nhs.uk/candidate/jobadvert/C9123-25-0123";
    await page.route("**/content/vacancies.json", (route) => route.fulfill({ json: vacancies }));
    await page.goto(`/careers/prison-healthcare/vacancies/${v.id}`);
    await expect(page.getByRole("link", { name: "Apply on the employer's website" })).toBeVisible();
    expect(await statesViolations(page, ".occ-app")).toEqual([]);
  });
  });

  test.describe("embedded", () => {
  test.use({ baseURL: HOST });
  test("embedded in a trust's page", async ({ page }) => {
    await page.goto("/careers/prison-healthcare/roles");
    await expect(page.locator("#offender-care-careers h1")).toHaveText("Roles in prison healthcare");
    const menu = page.locator("#offender-care-careers").getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    expect(await statesViolations(page, "#offender-care-careers")).toEqual([]);
  });
  });
});

test.describe("every kind of response carries the security headers", () => {
  // Written out, not read from the nginx snippet: weakening it must fail here.
  const HEADERS = {
    "content-security-policy":
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'self'",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-site",
  };
  const names = builtNames(readdirSync(DIST));
  const cases = [
    ["a page built in advance", `${STANDALONE}/roles/${PACK.content.roles[0].id}`, 200],
    ["the home page", `${STANDALONE}/`, 200],
    ["index.html", `${STANDALONE}/index.html`, 200],
    ["a page with a query", `${STANDALONE}/roles?type=clinical`, 200],
    ["an address the site does not have", `${STANDALONE}/no-such-page`, 404],
    ["a file the site does not serve", `${STANDALONE}/Cargo.toml`, 404],
    ["the editors' check", `${STANDALONE}/check`, 200],
    ["the editors' check, with a slash", `${STANDALONE}/check/`, 200],
    ["the hashed JavaScript", `${STANDALONE}/${names.js}`, 200],
    ["the hashed wasm", `${STANDALONE}/${names.wasm}`, 200],
    ["the hashed stylesheet", `${STANDALONE}/${names.css}`, 200],
    ["the start script", `${STANDALONE}/occ-start.js`, 200],
    ["the service worker", `${STANDALONE}/sw.js`, 200],
    ["the check worker", `${STANDALONE}/check-worker.js`, 200],
    ["a content file", `${STANDALONE}/content/roles.json`, 200],
    ["a missing content file", `${STANDALONE}/content/no-such-file.json`, 404],
    ["a missing worker", `${STANDALONE}/no-such-worker/sw.js`, 404],
    ["a built page asked for directly", `${STANDALONE}/prerendered/roles/${PACK.content.roles[0].id}/index.html`, 404],
    ["robots.txt", `${STANDALONE}/robots.txt`, 200],
    ["the sitemap", `${STANDALONE}/sitemap.xml`, 200],
    ["the icon", `${STANDALONE}/favicon.ico`, 200],
    ["the web app manifest", `${STANDALONE}/manifest.webmanifest`, 200],
    ["a missing icon", `${STANDALONE}/icon-999.png`, 404],
    ["the host's page", `${HOST}/careers/prison-healthcare/roles`, 200],
    ["the host's redirect", `${HOST}/careers/prison-healthcare`, 301],
    ["the app's files on the host", `${HOST}/occ/occ-start.js`, 200],
    ["content on the host", `${HOST}/occ/content/roles.json`, 200],
    ["the stand-alone page on the host", `${HOST}/occ/index.html`, 404],
    ["the offline worker on the host", `${HOST}/occ/sw.js`, 404],
    ["a built page on the host", `${HOST}/occ/prerendered/roles/index.html`, 404],
  ];
  for (const [what, url, status] of cases) {
    test(what, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const headers = response.headers();
      for (const [name, value] of Object.entries(HEADERS)) expect(headers[name], `${name} on ${url}`).toBe(value);
      // No version for a scanner to look up.
      expect(headers.server, url).toBe("nginx");
    });
  }
});

test.describe("only the app's routes and files are served", () => {
  // Every route, an item page of each kind included, answers 200; anything
  // else 404, with the app page saying the page was not found.
  test("every route answers 200, and what is not one 404 with the not-found page", async ({ page, request }) => {
    const routes = ROUTES.filter((r) => r.h1 !== "Page not found").map((r) => r.path.split("?")[0]);
    for (const path of [...new Set(routes)]) {
      expect((await request.get(`${STANDALONE}${path}`, { maxRedirects: 0 })).status(), path).toBe(200);
    }
    for (const path of ["/roles/an-id-the-content-has-not-yet", "/prisons/another", "/vacancies/a-new-one"]) {
      expect((await request.get(`${STANDALONE}${path}`)).status(), path).toBe(200);
    }
    for (const path of ["/.git/config", "/Cargo.toml", "/src/lib.rs", "/no-such-page", "/roles/a/b", "/prerendered/index.html", "/content/"]) {
      const response = await request.get(`${STANDALONE}${path}`);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('id="offender-care-careers"');
    }
    await page.goto("/.git/config");
    await appShows(page, "Page not found");
    for (const path of ["/check", "/check/"]) {
      expect((await request.get(`${STANDALONE}${path}`)).headers()["x-robots-tag"], path).toBe("noindex");
    }
  });
});

test.describe("a host page's settings are checked and read from the app's element only", () => {
  test.use({ baseURL: HOST });
  // Browsers delete tabs and newlines inside a URL and read %2e as a dot.
  for (const contentPath of ["//occ/content/", "https://evil.example/content/", "/occ/../../content/", "/&#9;/evil.example/content/", "/&#10;/evil.example/content/", "/occ/%2e%2e/%2e%2e/evil.example/content/"]) {
    test(`data-content-path="${contentPath}" never fetches from another site`, async ({ page }) => {
      page.__expectConsoleErrors = true; // the content is not found where the fallback looks
      const requested = [];
      page.on("request", (r) => requested.push(r.url()));
      await page.route(`${HOST}/careers/prison-healthcare/**`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text())
          .replace('data-content-path="/occ/content/"', `data-content-path="${contentPath}"`)
          // Elsewhere in the host's page, not on the app's element.
          .replace("<body", '<body data-occ-preload="https://evil.example/a.json //evil.example/b.json"');
        await route.fulfill({ response, body: html });
      });
      await page.goto(`${HOST}/careers/prison-healthcare/roles`);
      await expect(page.locator("#offender-care-careers h1")).toHaveText("Roles in prison healthcare");
      // The content falls back to the base path's content/ (the host has none
      // there), so the page says it could not load, with a way to try again.
      await expect(page.locator("#offender-care-careers").getByRole("button", { name: "Try again" }).first()).toBeVisible();
      expect(requested.filter((u) => new URL(u).origin !== HOST)).toEqual([]);
      // Nor from another place on the host's own site (%2e%2e read as ..).
      expect(requested.filter((u) => u.endsWith(".json") && !new URL(u).pathname.startsWith("/careers/prison-healthcare/content/"))).toEqual([]);
    });
  }
});

test.describe("a host page cannot bend where the app fetches or links", () => {
  test.use({ baseURL: HOST });
  /// The host's page, changed by `change(html)`, with every request and link the app makes watched.
  async function hostPage(page, change, { headers = (h) => h } = {}) {
    const requested = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.route("**/evil.example/**", (route) => route.abort());
    await page.route(`${HOST}/careers/prison-healthcare/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.text()), headers: headers(response.headers()) });
    });
    return requested;
  }
  const elsewhere = (urls) => urls.filter((u) => !u.startsWith("data:") && new URL(u).origin !== HOST);
  const appLinks = (page) => page.locator("#offender-care-careers a[href]").evaluateAll((links) => links.map((a) => a.href).filter((h) => h.includes("evil.example")));

  for (const basePath of ["/&#9;/evil.example/", "/&#10;/evil.example/", "/&#13;/evil.example/", "/careers/%2e%2e/%2e%2e/evil.example/"]) {
    test(`data-base-path="${basePath}" makes no link or request to another site`, async ({ page }) => {
      const requested = await hostPage(page, (html) =>
        html
          .replace('data-base-path="/careers/prison-healthcare/"', `data-base-path="${basePath}"`)
          // The same trick in the list of content to fetch early, on the app's own element.
          .replace('data-content-path="/occ/content/"', `data-content-path="/occ/content/" data-occ-preload="/&#9;/evil.example/a.json /occ/%2e%2e/%2e%2e/b.json"`),
      );
      await page.goto(embedded("/roles"));
      await expect(page.locator("#offender-care-careers h1")).toBeVisible();
      await expect(page.locator("#offender-care-careers .occ-loading")).toHaveCount(0);
      expect(await appLinks(page)).toEqual([]);
      expect(elsewhere(requested)).toEqual([]);
    });
  }

  test('a host page with <base href="https://evil.example/"> loads nothing from there, and says the app has not loaded', async ({ page }) => {
    page.__expectConsoleErrors = true; // the start script says why it stopped
    const requested = await hostPage(
      page,
      (html) =>
        html
          .replace("<head>", '<head><base href="https://evil.example/">')
          // The host's own files, which the host would name in full under such a <base>.
          .replace('href="/trust.css"', `href="${HOST}/trust.css"`)
          .replace('src="/occ/occ-start.js"', `src="${HOST}/occ/occ-start.js"`),
      // A host whose policy does not restrict <base> (base-uri), so the element counts.
      { headers: (h) => ({ ...h, "content-security-policy": h["content-security-policy"].replace("base-uri 'none'; ", "") }) },
    );
    await page.goto(embedded("/roles"));
    const message = page.locator("#offender-care-careers .occ-static-failure");
    await expect(message).toBeVisible();
    await expect(message).toContainText("This page has not loaded");
    await page.waitForTimeout(500);
    expect(await appLinks(page)).toEqual([]);
    expect(elsewhere(requested)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("a host page with a second element of the app's id starts neither, and says the app has not loaded in the host's own element", async ({ page }) => {
    page.__expectConsoleErrors = true; // the start script says why it stopped
    // Put in before the host's own element (by a script or a comment form,
    // say), with settings of its own: which one is the app's cannot be told.
    const requested = await hostPage(page, (html) =>
      html.replace('<div id="offender-care-careers"', '<div id="offender-care-careers" data-base-path="/evil/" data-content-path="/evil/content/"></div>\n<div id="offender-care-careers"'),
    );
    await page.goto(embedded("/roles"));
    const roots = page.locator('[id="offender-care-careers"]');
    await expect(roots).toHaveCount(2);
    await expect(roots.nth(1).locator(".occ-static-failure")).toBeVisible();
    await expect(roots.nth(1).locator(".occ-static-failure")).toContainText("This page has not loaded");
    await page.waitForTimeout(500);
    await expect(roots.locator("h1")).toHaveCount(0);
    expect(requested.filter((u) => /\/(evil|occ)\/content\//.test(u))).toEqual([]);
  });

  test("the share link inside a host's page carries the answers and none of the host's query", async ({ page }) => {
    await recordShares(page);
    await page.goto(embedded("/quiz"));
    const root = page.locator("#offender-care-careers");
    await expect(root.locator("h1")).toHaveText("Which role suits you?");
    for (;;) {
      await root.locator(".occ-quiz input").first().check();
      const results = root.getByRole("button", { name: "See your results" });
      if (await results.count()) {
        await results.click();
        break;
      }
      const question = await root.locator(".occ-quiz__question").textContent();
      await root.getByRole("button", { name: "Next" }).click();
      await expect(root.locator(".occ-quiz__question")).not.toHaveText(question);
    }
    await expect(root.locator("h1")).toHaveText("Your quiz results");
    const answers = new URL(page.url()).hash;
    expect(answers).toMatch(/^#a=2\./);
    // Opened again as a host's campaign link would open it.
    await page.goto(`${embedded("/quiz/results")}?utm_source=x&gclid=y${answers}`);
    await expect(root.locator(".occ-result").first()).toBeVisible();
    await root.getByRole("button", { name: "Share these results" }).click();
    await expect.poll(async () => (await shared(page)).length).toBe(1);
    const [{ url }] = await shared(page);
    expect(url).toBe(`${HOST}${embedded("/quiz/results")}${answers}`);
    expect(url).not.toContain("utm_source");
  });
});

test.describe("no content file can stop the app", () => {
  // A map.json the editors' check refuses: the page works, with its list.
  const map = JSON.parse(packFile("map.json"));
  expect(map.height).toBeGreaterThan(0);
  const region = PACK.content.sites.sites[0].region;
  // What each makes the map part say: no map, or (a file the app cannot read) Try again.
  const broken = {
    "a negative height": [JSON.stringify({ ...map, height: -1 }), "The map cannot be shown"],
    "a height past any number (1e999)": [JSON.stringify({ ...map, height: 7 }).replace('"height":7', '"height":1e999'), "Try again"],
    "a zero width": [JSON.stringify({ ...map, width: 0 }), "The map cannot be shown"],
  };
  for (const [what, [body, says]] of Object.entries(broken)) {
    test(`a map.json with ${what} leaves the sites page working`, async ({ page }) => {
      page.__expectConsoleErrors = true; // a file that cannot be read is reported
      await page.route("**/content/map.json", (route) => route.fulfill({ body, contentType: "application/json" }));
      await page.goto(`/prisons?region=${region}`);
      await appShows(page, "Where you can work");
      await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
      await expect(page.locator(".occ-fatal")).toHaveCount(0);
      const sites = PACK.content.sites.sites.filter((s) => s.region === region);
      await expect(page.locator("#occ-site-list").getByRole("link", { name: sites[0].name, exact: true })).toBeVisible();
      await expect(page.locator(".occ-places__map")).toContainText(says);
      // And the page still works: another filter is applied.
      await page.goto("/prisons");
      await appShows(page, "Where you can work");
      await expect(page.locator(".occ-fatal")).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

// In the whole app, embedded: the vacancies' built pages hold what the build read.
test.describe("content is trusted only as far as it should be", () => {
  test.use({ baseURL: HOST });
  test.beforeEach(({ page }) => wholeApp(page));
  async function advertWith(page, request, change) {
    const vacancies = await (await request.get("/occ/content/vacancies.json")).json();
    const v = vacancies.vacancies[0];
    v.closing = "2099-12-31T23:59"; // open, so the page would offer the apply link
    change(v);
    await page.route("**/content/vacancies.json", (route) => route.fulfill({ json: vacancies }));
    await page.goto(`/careers/prison-healthcare/vacancies/${v.id}`);
    await expect(page.locator("#offender-care-careers h1")).toHaveText(v.title);
    await expect(page.locator("#offender-care-careers .occ-loading")).toHaveCount(0);
    return v;
  }

  test("an apply link to a host the trust does not list is not offered", async ({ page, request }) => {
    await advertWith(page, request, (v) => (v.apply_url = "https://evil.example/apply"));
    await expect(page.getByText("Apply through the trust's live jobs")).toBeVisible();
    await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Apply on the employer's website" })).toHaveCount(0);
  });

  test("an empty host entry does not make https:///evil.example/ a link", async ({ page, request }) => {
    const site = await (await request.get("/occ/content/site.json")).json();
    site.apply_hosts = ["", ...site.apply_hosts];
    await page.route("**/content/site.json", (route) => route.fulfill({ json: site }));
    await advertWith(page, request, (v) => (v.apply_url = "https:///evil.example/apply"));
    await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Apply on the employer's website" })).toHaveCount(0);
    await expect(page.getByText("Apply through the trust's live jobs")).toBeVisible();
  });

  test("an apply link to a listed host is the apply button", async ({ page, request }) => {
    const url = "https://www.jobs.nhs.uk/candidate/jobadvert/C9123-25-0123";
    await advertWith(page, request, (v) => (v.apply_url = url));
    await expect(page.getByRole("link", { name: "Apply on the employer's website" })).toHaveAttribute("href", url);
  });

  test("a contact email that would add recipients or words is shown as text only", async ({ page, request }) => {
    const email = "x@y?cc=a@evil.example&body=Call-0800-123-456";
    await advertWith(page, request, (v) => (v.contact.email = email));
    await expect(page.locator('a[href^="mailto:" i]')).toHaveCount(0);
    await expect(page.locator("main")).toContainText(email);
  });
});
