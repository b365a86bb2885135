// Hardening (issue 17): what a link can make the site say, what reaches a
// server's logs, and states a hover or focus can put a page in.
import { test, expect, appShows, axeViolations, ROUTES, STANDALONE, HOST } from "./helpers.mjs";
import { readdirSync } from "node:fs";
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
    await expect(page.locator("main")).toContainText("Browsers do not send that part to any website");
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
  };
  const names = builtNames(readdirSync(new URL("../../dist", import.meta.url)));
  const cases = [
    ["a page built in advance", `${STANDALONE}/roles/registered-nurse`, 200],
    ["the home page", `${STANDALONE}/`, 200],
    ["index.html", `${STANDALONE}/index.html`, 200],
    ["a page with a query", `${STANDALONE}/roles?type=clinical`, 200],
    ["an address the site does not have", `${STANDALONE}/no-such-page`, 200],
    ["the editors' check", `${STANDALONE}/check`, 200],
    ["the hashed JavaScript", `${STANDALONE}/${names.js}`, 200],
    ["the hashed wasm", `${STANDALONE}/${names.wasm}`, 200],
    ["the hashed stylesheet", `${STANDALONE}/${names.css}`, 200],
    ["the start script", `${STANDALONE}/occ-start.js`, 200],
    ["the service worker", `${STANDALONE}/sw.js`, 200],
    ["the check worker", `${STANDALONE}/check-worker.js`, 200],
    ["a content file", `${STANDALONE}/content/roles.json`, 200],
    ["a missing content file", `${STANDALONE}/content/no-such-file.json`, 404],
    ["a missing worker", `${STANDALONE}/no-such-worker/sw.js`, 404],
    ["a built page asked for directly", `${STANDALONE}/prerendered/roles/registered-nurse/index.html`, 200],
    ["robots.txt", `${STANDALONE}/robots.txt`, 200],
    ["the sitemap", `${STANDALONE}/sitemap.xml`, 200],
    ["the icon", `${STANDALONE}/favicon.ico`, 200],
    ["the web app manifest", `${STANDALONE}/manifest.webmanifest`, 200],
    ["a missing icon", `${STANDALONE}/icon-999.png`, 404],
    ["the host's page", `${HOST}/careers/prison-healthcare/roles`, 200],
    ["the host's redirect", `${HOST}/careers/prison-healthcare`, 301],
    ["the app's files on the host", `${HOST}/occ/occ-start.js`, 200],
    ["content on the host", `${HOST}/occ/content/roles.json`, 200],
  ];
  for (const [what, url, status] of cases) {
    test(what, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const headers = response.headers();
      for (const [name, value] of Object.entries(HEADERS)) expect(headers[name], `${name} on ${url}`).toBe(value);
    });
  }
});

test.describe("a host page's settings are checked and read from the app's element only", () => {
  test.use({ baseURL: HOST });
  for (const contentPath of ["//occ/content/", "https://evil.example/content/", "/occ/../../content/"]) {
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
    });
  }
});

// In the whole app, embedded: the vacancies' built pages hold what the build read.
test.describe("content is trusted only as far as it should be", () => {
  test.use({ baseURL: HOST });
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
