// The app embedded in an example trust website (examples/host) under
// /careers/prison-healthcare/, served by deploy/nginx/host-example.conf from the
// same build as the stand-alone site. The host's stylesheet is deliberately hostile.
import { test, expect, SITE, titleOf, axeViolations, reportCspViolations, appWorks, STANDALONE, HOST as OWN_POLICY_HOST, NONCE_HOST, PACK } from "./helpers.mjs";

/// A role and a site of the pack the suite runs on.
const ROLE = PACK.content.roles[0];
const SITE_RECORD = PACK.content.sites.sites.find((s) => !s.closed);

// The host with the app's own policy, and a host whose policy uses a nonce and
// 'strict-dynamic' as trust sites with analytics do (host-example-nonce.conf):
// every test runs under both.
const HOSTS = [
  ["the app's own policy", OWN_POLICY_HOST],
  ["a nonce-based policy", NONCE_HOST],
];
const BASE = "/careers/prison-healthcare/";
const ROOT = "#offender-care-careers";

/// The example trust's page that embeds the quiz alone (/careers/), made to
/// embed the part `name` alone instead (data-island, docs/deploying.md).
async function embedAlone(page, name) {
  await page.route("**/careers/", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('data-island="quiz"', `data-island="${name}"`);
    await route.fulfill({ response, body });
  });
}

for (const [policy, HOST] of HOSTS) {
test.describe(`embedded under ${policy}`, () => {
  test.use({ baseURL: HOST });

  /// The app has mounted inside the host's element and shows `h1`.
  async function embeddedShows(page, h1) {
    await expect(page.locator(`${ROOT} .occ-app .occ-nav`)).toHaveCount(1);
    await expect(page.locator(`${ROOT} h1`)).toHaveText(h1);
    await expect(page.locator(`${ROOT} .occ-loading`)).toHaveCount(0);
  }

  async function openAppNav(page) {
    const toggle = page.locator(ROOT).getByRole("button", { name: "Menu" });
    if (await toggle.isVisible()) await toggle.click();
    return page.getByRole("navigation", { name: SITE });
  }

  test("the app runs inside the host's page, under the host's header and footer", async ({ page }) => {
    await page.goto(BASE);
    await embeddedShows(page, SITE);
    await expect(page).toHaveTitle(titleOf(SITE));
    // The host keeps its own chrome and landmarks; the app adds none of its own.
    await expect(page.locator("header.trust-header")).toBeVisible();
    await expect(page.locator("footer.trust-footer")).toBeVisible();
    await expect(page.locator("main")).toHaveCount(1);
    await expect(page.locator(`${ROOT} .occ-skip-link, ${ROOT} footer, ${ROOT} .occ-header__trust`)).toHaveCount(0);
    // Without its footer, the app's navigation carries the footer's links.
    const nav = await openAppNav(page);
    await expect(nav.getByRole("link", { name: "Accessibility" })).toHaveAttribute("href", `${BASE}accessibility`);
    // Themed by the host through a documented custom property.
    await expect(page.locator(`${ROOT} .occ-header`)).toHaveCSS("background-color", "rgb(0, 48, 135)");
  });

  test("routes work under the sub-path: navigation, focus, back and forward", async ({ page }) => {
    await page.goto(BASE);
    await embeddedShows(page, SITE);
    await page.evaluate(() => { window.__sameDocument = true; });

    const nav = await openAppNav(page);
    await nav.getByRole("link", { name: "Roles" }).click();
    await embeddedShows(page, "Roles in prison healthcare");
    await expect(page).toHaveURL(`${HOST}${BASE}roles`);
    await expect(page.locator(`${ROOT} h1`)).toBeFocused();

    await page.locator(ROOT).getByRole("link", { name: ROLE.title, exact: true }).first().click();
    await embeddedShows(page, ROLE.title);
    await expect(page).toHaveURL(`${HOST}${BASE}roles/${ROLE.id}`);

    await page.goBack();
    await embeddedShows(page, "Roles in prison healthcare");
    await expect(page).toHaveURL(`${HOST}${BASE}roles`);
    await page.goForward();
    await embeddedShows(page, ROLE.title);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });

  test("deep links load directly under the sub-path", async ({ page }) => {
    for (const [path, h1] of [
      [`prisons/${SITE_RECORD.id}`, SITE_RECORD.name],
      ["pay?band=6&point=2&hours=18.75&supplement=yes", "Pay and benefits"],
      ["quiz", "Which role suits you?"],
      ["no-such-page", "Page not found"],
    ]) {
      await page.goto(`${BASE}${path}`);
      await embeddedShows(page, h1);
    }
  });

  test("no link in the app leads outside the base path", async ({ page }) => {
    const escaped = [];
    for (const path of ["", "roles", `roles/${ROLE.id}`, "prisons", `prisons/${SITE_RECORD.id}`, "vacancies", "pay", "get-started", "about", "quiz"]) {
      await page.goto(`${BASE}${path}`);
      await expect(page.locator(`${ROOT} h1`)).toHaveCount(1);
      await expect(page.locator(`${ROOT} .occ-loading`)).toHaveCount(0);
      const hrefs = await page.locator(`${ROOT} a[href]`).evaluateAll((links) =>
        // SVG links (the map's markers) have their href as an attribute only.
        links.map((a) => new URL(a.getAttribute("href"), document.baseURI).href),
      );
      expect(hrefs.length).toBeGreaterThan(3);
      for (const href of hrefs) {
        let url;
        try {
          url = new URL(href);
        } catch {
          escaped.push(`${path}: unparsable ${JSON.stringify(href)}`);
          continue;
        }
        if (url.origin === HOST && !url.pathname.startsWith(BASE)) escaped.push(`${path}: ${href}`);
      }
    }
    expect(escaped).toEqual([]);
  });

  test("the host's own links are left to the browser", async ({ page }) => {
    await page.goto(`${BASE}roles`);
    await embeddedShows(page, "Roles in prison healthcare");

    // The host's skip link: an in-page link, not an app route.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${HOST}${BASE}roles#trust-main`);
    await expect(page.locator("#trust-main")).toBeFocused();
    await expect(page.locator(`${ROOT} h1`)).toHaveText("Roles in prison healthcare");
    // The attribute the app sets while the click is handled is put back.
    await expect(skip).not.toHaveAttribute("rel", /.*/);

    // A link to the host's own page loads that page.
    await page.locator("header.trust-header").getByRole("link", { name: "Contact us" }).click();
    await expect(page).toHaveURL(`${HOST}/contact/`);
    await expect(page.locator("h1")).toHaveText("Contact us");
  });

  /// Computed styles of the host's chrome, for comparison with and without the app.
  async function hostChrome(page) {
    return page.locator("header.trust-header, header.trust-header *, footer.trust-footer, footer.trust-footer *").evaluateAll((els) =>
      els.map((el) => {
        const cs = getComputedStyle(el);
        return [el.tagName, ...["font-family", "font-size", "line-height", "color", "background-color", "margin", "padding", "text-transform", "letter-spacing", "display", "border-bottom"].map((p) => cs.getPropertyValue(p))].join("|");
      }),
    );
  }

  /// Screenshots of the host's header and footer once the page has settled.
  async function chromeShots(page) {
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    const options = { animations: "disabled", caret: "hide" };
    return [await page.locator("header.trust-header").screenshot(options), await page.locator("footer.trust-footer").screenshot(options)];
  }

  /// How many pixels differ between two PNG screenshots (the files may differ in
  /// encoding alone), or -1 when their sizes differ.
  async function differingPixels(page, a, b) {
    return page.evaluate(async ([a, b]) => {
      const load = async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height);
      };
      const [x, y] = [await load(a), await load(b)];
      if (x.width !== y.width || x.height !== y.height) return -1;
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) count++;
      }
      return count;
    }, [a.toString("base64"), b.toString("base64")]);
  }

  test("the host's header and footer look the same with the app as without it", async ({ page, browser }) => {
    await page.goto(BASE);
    await embeddedShows(page, SITE);
    const withApp = await hostChrome(page);
    const shots = await chromeShots(page);
    // The app's height, so the footer can sit at the same (fractional) position
    // without it: text drawn half a pixel lower is anti-aliased differently.
    const appHeight = await page.locator(ROOT).evaluate((el) => el.getBoundingClientRect().height);

    // The same page with the app's start script refused.
    const context = await browser.newContext({ viewport: page.viewportSize(), baseURL: HOST });
    const bare = await context.newPage();
    await bare.route("**/occ-start.js", (route) => route.abort());
    await bare.goto(BASE);
    await expect(bare.locator(`${ROOT} .occ-nav`)).toHaveCount(0);
    expect(await hostChrome(bare)).toEqual(withApp);
    await bare.locator(ROOT).evaluate((el, height) => {
      el.style.height = `${height}px`;
      el.style.overflow = "hidden";
    }, appHeight);
    const bareShots = await chromeShots(bare);
    const blank = await context.newPage();
    expect([await differingPixels(blank, shots[0], bareShots[0]), await differingPixels(blank, shots[1], bareShots[1])]).toEqual([0, 0]);
    await context.close();
  });

  /// Computed styles the host's global CSS tries to change, for elements of a page.
  async function appLook(page) {
    const props = ["font-family", "font-size", "font-weight", "font-style", "line-height", "color", "text-transform", "letter-spacing", "word-spacing", "text-align", "text-indent", "margin-top", "margin-left", "padding-left", "border-bottom-style", "border-radius", "box-sizing", "list-style-type", "outline-style"];
    const selectors = ["h1", "h2", ".occ-main p", ".occ-main a", ".occ-main li", "label", "input", "select", "button.occ-button", "table", "td"];
    const out = {};
    for (const sel of selectors) {
      out[sel] = await page.locator(`.occ-app ${sel}`).first().evaluate((el, props) => {
        const cs = getComputedStyle(el);
        const before = getComputedStyle(el, "::before").getPropertyValue("content");
        return [...props.map((p) => `${p}: ${cs.getPropertyValue(p)}`), `::before ${before}`];
      }, props);
    }
    return out;
  }

  test("the host's global CSS does not change the app's look", async ({ page, browser }) => {
    const path = "pay?band=6&point=2&hours=18.75";
    await page.goto(`${BASE}${path}`);
    await embeddedShows(page, "Pay and benefits");
    // Read only once each part has taken over: an element read while its part
    // swaps the built one out is no longer in the page and has no style at all.
    await appWorks(page, "the embedded pay page");
    const embedded = await appLook(page);

    const context = await browser.newContext({ viewport: page.viewportSize() });
    const alone = await context.newPage();
    await alone.goto(`${STANDALONE}/${path}`);
    await expect(alone.locator("main h1")).toHaveText("Pay and benefits");
    await expect(alone.locator(".occ-loading")).toHaveCount(0);
    await appWorks(alone, "the stand-alone pay page");
    expect(embedded).toEqual(await appLook(alone));
    await context.close();
  });

  for (const path of ["", "roles", `roles/${ROLE.id}`, "prisons", "quiz", "pay", "vacancies"]) {
    test(`no accessibility violations inside the app at ${BASE}${path}`, async ({ page }) => {
      await page.goto(`${BASE}${path}`);
      await expect(page.locator(`${ROOT} h1`)).toHaveCount(1);
      await expect(page.locator(`${ROOT} .occ-loading`)).toHaveCount(0);
      expect(await axeViolations(page, ROOT)).toEqual([]);
    });
  }

  test("one part embedded alone (the quiz on the host's careers page) loads only its program and works", async ({ page }) => {
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto("/careers/");
    await expect(page.locator(ROOT)).toHaveAttribute("data-occ-complete", "");
    await expect(page.locator(`${ROOT} #occ-quiz-progress`)).toHaveText(/^Question 1 of \d+$/);
    // At the part's weight: its own program, not the whole app, and no header or navigation of the app's.
    const wasm = asked.filter((p) => p.endsWith(".wasm"));
    expect(wasm).toEqual([expect.stringMatching(/^\/occ\/island-quiz-[0-9a-f]+_bg\.wasm$/)]);
    await expect(page.locator(`${ROOT} .occ-header, ${ROOT} .occ-nav, ${ROOT} h1`)).toHaveCount(0);
    await expect(page.locator("h1")).toHaveText("Careers");
    expect(await axeViolations(page, ROOT)).toEqual([]);
    // In a readable column of its own, though the host's element has no
    // padding: away from the window's edges, and no wider than the app's.
    const column = await page.locator(`${ROOT} .occ-quiz`).boundingBox();
    const width = page.viewportSize().width;
    expect(column.x, "the part's left edge").toBeGreaterThanOrEqual(16);
    expect(column.x + column.width, "the part's right edge").toBeLessThanOrEqual(width - 16);
    expect(column.width).toBeLessThanOrEqual(960);

    // Within the quiz, the host's page stays where it is.
    const answer = page.locator(`${ROOT} .occ-checkboxes__input, ${ROOT} .occ-radios__input`);
    await answer.first().check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(`${ROOT} #occ-quiz-progress`)).toHaveText(/^Question 2 of \d+$/);
    await expect(page).toHaveURL(`${HOST}/careers/`);
    // An unanswered Next says what to do, inside the part.
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(`${ROOT} .occ-error-message`).first()).toBeVisible();
    expect(await axeViolations(page, ROOT)).toEqual([]);

    // The results are a page of the careers explorer, where the whole app is embedded.
    for (let i = 0; !page.url().includes("/quiz/results"); i++) {
      expect(i, "the quiz ends").toBeLessThan(40);
      await answer.first().check();
      await page.getByRole("button", { name: /^(Next|See your results)$/ }).click();
      await page.waitForTimeout(50);
    }
    await expect(page).toHaveURL(new RegExp(`^${HOST}${BASE}quiz/results#.`));
    await embeddedShows(page, "Your quiz results");
    // (The page's hidden message for a part that cannot start has an h2 too.)
    await expect(page.locator(`${ROOT} h2:visible`).first()).toBeVisible();
    await expect(page.locator(`${ROOT} h3:visible`).first()).toBeVisible();
  });

  test("the editors' check embedded alone (data-island=\"check\", as docs/deploying.md lists it) checks the published files", async ({ page }) => {
    await embedAlone(page, "check");
    await page.goto("/careers/");
    await expect(page.locator(ROOT).getByRole("heading", { name: "No problems found" })).toBeVisible();
    expect(await axeViolations(page, ROOT)).toEqual([]);
  });

  // The sites' map has a program of its own (data-occ-on-use), fetched once
  // the map is used on a built page; embedded alone there is no built map, so
  // it comes at once, and follows the part's filters.
  test("the sites embedded alone (data-island=\"sites\") show the map, which follows the filters", async ({ page }) => {
    await embedAlone(page, "sites");
    await page.goto("/careers/");
    const markers = page.locator(`${ROOT} svg a.occ-map__marker`);
    await expect(markers).toHaveCount(new Set(PACK.content.sites.sites.map((s) => s.region)).size);
    await expect(page.locator(ROOT)).toHaveAttribute("data-occ-complete", "");
    expect(await axeViolations(page, ROOT)).toEqual([]);
    const region = PACK.content.sites.regions.find((r) => PACK.content.sites.sites.some((s) => s.region === r.id));
    await page.locator(ROOT).getByLabel("Region").selectOption(region.id);
    await expect(markers).toHaveCount(PACK.content.sites.sites.filter((s) => s.region === region.id).length);
    await expect(page).toHaveURL(new RegExp(`/careers/\\?region=${region.id}$`));
  });

  test("a part named wrongly by the host says it has not loaded, with the host's way out", async ({ page }) => {
    await embedAlone(page, "no-such-part");
    page.__expectConsoleErrors = true; // occ-start.js logs why it could not start
    await page.goto("/careers/");
    await expect(page.locator(`${ROOT} .occ-static-failure`)).toBeVisible();
    await expect(page.locator(`${ROOT} .occ-static-failure`).getByRole("link", { name: "roles in prison healthcare" })).toBeVisible();
  });

  test("a Content-Security-Policy violation would fail these tests", async ({ browser }) => {
    // The check the fixture relies on, shown to work: code the policy refuses is refused and reported.
    const context = await browser.newContext({ baseURL: HOST });
    const page = await context.newPage();
    await page.addInitScript(reportCspViolations);
    const reported = [];
    page.on("console", (m) => m.type() === "error" && m.text().startsWith("CSP violation") && reported.push(m.text()));
    await page.goto(BASE);
    // An inline event handler: refused by both policies (under
    // 'strict-dynamic' a script element added by a script runs, by design).
    await page.evaluate(() => {
      const b = document.createElement("button");
      b.setAttribute("onclick", "window.__inline = true");
      document.body.append(b);
      b.click();
    });
    await expect.poll(() => reported.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__inline)).toBeUndefined();
    await context.close();
  });
});
}
