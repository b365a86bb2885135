// A trust's own page that embeds the app (examples/host, the README's
// snippet): its element shows the pages built for a host's element
// (tools/prerender.mjs, dist/embedded/), each loading only the program of the
// part it has, as the stand-alone site does; the whole app's program never
// loads. Bad answers from the server get a clear message, and a page that
// fails its checks is never put into the host's page.
import { test, expect, axeViolations, embedded, embeddedShows, HOST, NONCE_HOST, PACK, ROUTES, DIST } from "./helpers.mjs";
import { readdirSync } from "node:fs";
import { builtNames } from "../../tools/built-names.mjs";

const ROOT = "#offender-care-careers";
const WHOLE_APP = builtNames(readdirSync(DIST)).wasm;

/// The program each page with a part loads (src/bin/); every other page loads none.
const PROGRAM_OF = [
  [/^\/quiz$/, "quiz"],
  [/^\/quiz\/results$/, "results"],
  [/^\/pay$/, "pay"],
  [/^\/prisons$/, "sites"],
  [/^\/roles$/, "roles"],
  [/^\/roles\/compare$/, "compare"],
  [/^\/pathways$/, "pathways"],
  [/^\/check$/, "check"],
];
const programOf = (path) => PROGRAM_OF.find(([re]) => re.test(path.split("?")[0]))?.[1] ?? null;
/// With a query, the sites' map follows it at once: its program too (data-occ-on-use).
const programsOf = (path) => (programOf(path) === "sites" && path.includes("?") ? ["sites", "sitemap"] : programOf(path) ? [programOf(path)] : []);

/// What the page asks for while `open` runs, by path.
async function requestsDuring(page, open) {
  const asked = [];
  const listen = (r) => asked.push(new URL(r.url()).pathname);
  page.on("request", listen);
  await open();
  await page.waitForLoadState("networkidle");
  page.off("request", listen);
  return asked;
}

for (const [policy, origin] of [["the app's own policy", HOST], ["a nonce-based policy", NONCE_HOST]]) {
  test.describe(`embedded under ${policy}`, () => {
    test.use({ baseURL: origin });
    // Every route on the host's own policy; the nonce policy on one of each kind.
    const routes = origin === HOST ? ROUTES : ROUTES.filter((r) => ["/", "/quiz"].includes(r.path) || r.path.startsWith("/prisons/"));
    for (const { path, h1 } of routes) {
      test(`${path} shows its built page and loads ${programsOf(path).length ? `only the ${programsOf(path).join(" and ")} program` : "no program"}, and its content once`, async ({ page }) => {
        const asked = await requestsDuring(page, () => page.goto(embedded(path)));
        await embeddedShows(page, h1);
        const root = page.locator(ROOT);
        await expect(root).toHaveAttribute("data-occ-complete", "");
        // The editors' check reads in a worker of its own (src/check_worker.rs).
        const wasm = asked.filter((p) => p.endsWith(".wasm") && !p.startsWith("/occ/check-worker"));
        expect(wasm).not.toContain(`/occ/${WHOLE_APP}`);
        expect(wasm.sort()).toEqual(programsOf(path).sort().map((program) => expect.stringMatching(new RegExp(`^/occ/island-${program}-[0-9a-f]+_bg\\.wasm$`))));
        // Its page came from the pages built for a host's element.
        expect(asked).toContain(`/occ/embedded${path.split("?")[0].replace(/\/$/, "")}/index.html`);
        // The content it was built from, each file once: checked that the page
        // is current (tools/built-from.mjs), and handed to its program; with
        // a link's query, also any its part reads for it (data-occ-reads).
        const builtFrom = await root.locator(":scope > .occ-app").getAttribute("data-occ-built-from");
        const reads = path.includes("?") ? await root.locator("[data-occ-reads]").evaluateAll((parts) => parts.flatMap((p) => p.getAttribute("data-occ-reads").split(" "))) : [];
        const files = [...new Set([...builtFrom.split(" ").map((pair) => pair.split(":")[0]), ...reads])].sort();
        expect(asked.filter((p) => p.includes("/content/")).map((p) => p.split("/").pop()).sort(), "content").toEqual(files);
        // Nothing is asked of the host's own home page: the host's element
        // names no files to fetch early (issue 46: an empty list once made
        // the browser fetch "/").
        expect(asked, "a request for the host's home page").not.toContain("/");
        await expect(root.locator(":scope > .occ-app")).toHaveAttribute("data-occ-current", "");
      });
    }
  });
}

test.describe("embedded", () => {
  test.use({ baseURL: HOST });

  test("the app's menu in a host's page lists each page once, the footer's pages among them", async ({ page }) => {
    await page.goto(embedded("/"));
    await embeddedShows(page, ROUTES.find((r) => r.path === "/").h1);
    const hrefs = await page.locator(`${ROOT} .occ-nav__link`).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(new Set(hrefs).size, hrefs.join(" ")).toBe(hrefs.length);
    for (const path of ["about", "accessibility", "words-explained"]) expect(hrefs.some((h) => h.endsWith(`/${path}`)), `${path} in ${hrefs}`).toBe(true);
  });

  test("an address under the base path that names no page shows the page not found in the host's element", async ({ page }) => {
    for (const path of ["/no-such-page", `/roles/no-such-role`, "/Roles", "/roles//x"]) {
      await page.goto(embedded(path));
      await embeddedShows(page, "Page not found");
      await expect(page.locator("header.trust-header")).toBeVisible();
      await expect(page).toHaveTitle(/^Page not found/);
      expect(await axeViolations(page, ROOT)).toEqual([]);
    }
  });

  test("a built page missing from the server says the page has not loaded, and Try again shows it", async ({ page }) => {
    page.__expectConsoleErrors = true; // the failed request, and why the page is not shown
    const role = PACK.content.roles[0];
    let missing = true;
    await page.route(`**/occ/embedded/roles/${role.id}/index.html`, (route) => (missing ? route.fulfill({ status: 404, body: "" }) : route.continue()));
    await page.goto(embedded(`/roles/${role.id}`));
    const message = page.locator(`${ROOT} .occ-static-failure`);
    await expect(message).toBeVisible();
    await expect(message).toHaveAttribute("role", "alert");
    await expect(message).toContainText("This page has not loaded");
    // The host's own way out is kept.
    await expect(message.getByRole("link").first()).toBeVisible();
    expect(await axeViolations(page, ROOT)).toEqual([]);
    missing = false;
    await message.getByRole("button", { name: "Try again" }).click();
    await embeddedShows(page, role.title);
    await expect(page.locator(`${ROOT} .occ-static-failure`)).toHaveCount(0);
  });

  test("a page that fails its checks is never put into the host's page", async ({ page }) => {
    page.__expectConsoleErrors = true; // occ-start.js says why it did not show the page
    // Reading the page with an inline handler (never put in, never run), the
    // browser reports the handler the policy would refuse.
    page.__expectCspViolation = /^CSP violation: script-src-attr blocked inline$/;
    const role = PACK.content.roles[0];
    const file = `**/occ/embedded/roles/${role.id}/index.html`;
    /// Each answer changes the real page (or answers for it) in one way.
    const answers = {
      "with a script": (html) => html.replace("</h1>", '</h1><script>window.__pwned = 1</script>'),
      "with an inline handler": (html) => html.replace("<h1", '<h1 onmouseover="window.__pwned = 1"'),
      "with a javascript: link": (html) => html.replace("</h1>", '</h1><a href="javascript:window.__pwned=1">x</a>'),
      "from another build": (html) => html.replace(/data-occ-build="[0-9a-f]+"/, 'data-occ-build="0123456789abcdef"'),
      "another page's": null,
      "as JSON": "json",
      "redirected": "redirected",
    };
    for (const [what, change] of Object.entries(answers)) {
      await page.unrouteAll();
      await page.route(file, async (route) => {
        if (change === null) return route.fulfill({ response: await route.fetch({ url: route.request().url().replace(`/roles/${role.id}/`, "/roles/") }) });
        if (change === "json") return route.fulfill({ status: 200, contentType: "application/json", body: await (await route.fetch()).text() });
        // Another site's answer is refused by the policy (connect-src) before
        // occ-start.js sees it; one that comes by a redirect is refused by occ-start.js.
        if (change === "redirected") return route.fulfill({ status: 302, headers: { location: `${HOST}/occ/embedded/roles/${role.id}/index.html?again` } });
        const response = await route.fetch();
        return route.fulfill({ response, body: change(await response.text()) });
      });
      await page.goto(embedded(`/roles/${role.id}`));
      await expect(page.locator(`${ROOT} .occ-static-failure`), what).toBeVisible();
      await expect(page.locator(`${ROOT} h1`), what).toHaveCount(0);
      expect(await page.evaluate(() => window.__pwned), what).toBeUndefined();
    }
  });

  test("the whole app's program is never fetched on a walk through the host's pages", async ({ page }) => {
    const asked = await requestsDuring(page, async () => {
      await page.goto(embedded("/"));
      await embeddedShows(page, "Careers in offender healthcare");
      await page.locator(ROOT).getByRole("link", { name: "Where you can work" }).first().click();
      await embeddedShows(page, "Where you can work");
      await expect(page.locator(ROOT)).toHaveAttribute("data-occ-complete", "");
      await page.goBack();
      await embeddedShows(page, "Careers in offender healthcare");
    });
    expect(asked.filter((p) => p.endsWith(".wasm"))).toEqual([expect.stringMatching(/^\/occ\/island-sites-[0-9a-f]+_bg\.wasm$/)]);
  });

  test("a part's program, once loaded, runs its part again when its page is shown again", async ({ page }) => {
    const asked = await requestsDuring(page, async () => {
      await page.goto(embedded("/quiz"));
      await embeddedShows(page, "Which role suits you?");
      await expect(page.locator(ROOT)).toHaveAttribute("data-occ-started", "");
      await page.locator(ROOT).getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
      await embeddedShows(page, "Careers in offender healthcare");
      await page.goBack();
      await embeddedShows(page, "Which role suits you?");
      await expect(page.locator(ROOT)).toHaveAttribute("data-occ-started", "");
      // The quiz works: an answer and Next bring the next question.
      await page.locator(`${ROOT} .occ-checkboxes__input, ${ROOT} .occ-radios__input`).first().check();
      await page.locator(ROOT).getByRole("button", { name: "Next" }).click();
      await expect(page.locator(`${ROOT} #occ-quiz-progress`)).toHaveText(/^Question 2 of \d+$/);
    });
    // The quiz's program once; and, once the person answered, its results'
    // program, fetched ahead (Island::leads_to).
    expect(asked.filter((p) => p.endsWith(".wasm"))).toEqual([
      expect.stringMatching(/^\/occ\/island-quiz-[0-9a-f]+_bg\.wasm$/),
      expect.stringMatching(/^\/occ\/island-results-[0-9a-f]+_bg\.wasm$/),
    ]);
  });
});

// A host whose server puts the page in itself (examples/host/careers/included/,
// nginx's ssi in deploy/nginx/host-example.conf): the page works without
// JavaScript and is read by search engines as it is.
test.describe("a host that includes the page on its server", () => {
  test.use({ baseURL: HOST });
  const INCLUDED = "/careers/included";
  const role = PACK.content.roles[0];

  test("without JavaScript each page shows in the host's page, with its title, description and styles, and its links lead to the others", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: HOST });
    const page = await context.newPage();
    await page.goto(`${INCLUDED}/roles`);
    const root = page.locator(ROOT);
    await expect(root.locator("h1")).toHaveText("Roles in prison healthcare");
    await expect(page.locator("header.trust-header")).toBeVisible();
    await expect(page).toHaveTitle(/^Roles in prison healthcare/);
    await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('head meta[name="robots"]')).toHaveCount(0);
    // The app's stylesheet came with the head tags: the app's header has the
    // colour the host's theme gives it (examples/host/trust.css).
    await expect(root.locator(".occ-header")).toHaveCSS("background-color", "rgb(0, 48, 135)");
    // Every link of the app's stays under the host's base path.
    const hrefs = await root.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.filter((h) => h.startsWith("/") && !h.startsWith(`${INCLUDED}/`))).toEqual([]);
    // (axe needs JavaScript: the same pages are checked in the host's element above.)
    await root.getByRole("link", { name: role.title, exact: true }).first().click();
    await expect(page).toHaveURL(`${HOST}${INCLUDED}/roles/${role.id}`);
    await expect(root.locator("h1")).toHaveText(role.title);
    await expect(page).toHaveTitle(new RegExp(`^${role.title}`));
    // An address that names no page: the page not found, which search engines leave out.
    await page.goto(`${INCLUDED}/no-such-page`);
    await expect(root.locator("h1")).toHaveText("Page not found");
    await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", "noindex");
    await context.close();
  });

  test("with JavaScript the page the server put in is used as it is, its part works, and links change the page in place", async ({ page }) => {
    const asked = await requestsDuring(page, async () => {
      await page.goto(`${INCLUDED}/quiz`);
      await embeddedShows(page, "Which role suits you?");
      await expect(page.locator(ROOT)).toHaveAttribute("data-occ-started", "");
    });
    expect(asked.filter((p) => p.startsWith("/occ/embedded/"))).toEqual([]);
    await page.locator(`${ROOT} .occ-checkboxes__input, ${ROOT} .occ-radios__input`).first().check();
    await page.locator(ROOT).getByRole("button", { name: "Next" }).click();
    await expect(page.locator(`${ROOT} #occ-quiz-progress`)).toHaveText(/^Question 2 of \d+$/);
    await page.evaluate(() => { window.__sameDocument = true; });
    await page.locator(ROOT).getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
    await embeddedShows(page, "Careers in offender healthcare");
    await expect(page).toHaveURL(`${HOST}${INCLUDED}/`);
    await expect(page.locator(`${ROOT} h1`)).toBeFocused();
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });
});
