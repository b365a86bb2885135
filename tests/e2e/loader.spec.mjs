// The content loader: failures are named and Try again really refetches; HTML
// served in place of JSON is an error; each file is fetched once per visit.
// In the whole app, which loads content for every page it shows (a page built
// in advance with nothing to operate loads none): it runs where the
// stand-alone site has no page built for a route, and here in the example
// trust's page (helpers.mjs, wholeApp).
import { test, expect, appNavLink, embedded, embeddedShows, wholeApp, HOST, PACK } from "./helpers.mjs";

test.use({ baseURL: HOST });
test.beforeEach(({ page }) => wholeApp(page));

const INTRO = "Offender healthcare is a unique and challenging branch of healthcare";

test("a failing content request shows a named error, and Try again recovers", async ({ page }) => {
  page.__expectConsoleErrors = true; // the browser logs the failed request
  let requests = 0;
  await page.route("**/content/site.json", (route) => {
    requests += 1;
    return route.fulfill({ status: 500, contentType: "text/plain", body: "boom" });
  });
  await page.goto(embedded("/"));
  await embeddedShows(page, "Careers in offender healthcare");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Sorry, there is a problem");
  await expect(alert).toContainText("We could not load the introduction to the site.");
  // The rest of the page still works.
  await expect(page.getByRole("link", { name: "Roles in prison healthcare" })).toBeVisible();

  await page.unroute("**/content/site.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(INTRO)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(requests).toBe(1);
});

test("HTML with status 200 in place of JSON is an error, not a page of nonsense", async ({ page }) => {
  await page.route("**/content/site.json", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><html><body>app</body></html>" }),
  );
  await page.goto(embedded("/"));
  await expect(page.getByRole("alert")).toContainText("We could not load the introduction to the site.");
});

test("JSON of the wrong shape is an error", async ({ page }) => {
  await page.route("**/content/site.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"introduction": "not a list"}' }),
  );
  await page.goto(embedded("/"));
  await expect(page.getByRole("alert")).toContainText("We could not load the introduction to the site.");
});

test("no connection is an error that names the content and suggests checking the connection", async ({ page }) => {
  page.__expectConsoleErrors = true;
  await page.route("**/content/site.json", (route) => route.abort("internetdisconnected"));
  await page.goto(embedded("/"));
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("We could not load the introduction to the site.");
  await expect(alert).toContainText("Check you are connected to the internet");
});

test("the server answers 404 for a missing content file, not the SPA fallback", async ({ request }) => {
  const missing = await request.get("/occ/content/no-such-file.json");
  expect(missing.status()).toBe(404);
  const real = await request.get("/occ/content/site.json");
  expect(real.status()).toBe(200);
  expect(real.headers()["content-type"]).toContain("application/json");
});

test("each content file is fetched at most once per visit", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => { if (r.url().includes("/content/")) fetched.push(new URL(r.url()).pathname); });
  await page.goto(embedded("/"));
  await expect(page.getByText(INTRO)).toBeVisible();
  await (await appNavLink(page, "Vacancies")).click();
  await embeddedShows(page, "Vacancies");
  await page.goBack();
  await expect(page.getByText(INTRO)).toBeVisible();
  await page.goForward();
  await embeddedShows(page, "Vacancies");
  await expect(page.locator(".occ-vacancy")).toHaveCount(1);
  expect(fetched).toEqual(["/occ/content/site.json", "/occ/content/vacancies.json"]);
});

test("content loads from the base, not the current route", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => { if (r.url().endsWith(".json")) fetched.push(new URL(r.url()).pathname); });
  const site = PACK.content.sites.sites[0];
  await page.goto(embedded(`/prisons/${site.id}`));
  await embeddedShows(page, site.name);
  await expect(page.locator(".occ-loading")).toHaveCount(0);
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.every((p) => p.startsWith("/occ/content/"))).toBe(true);
  fetched.length = 0;
  // Home needs only site.json, which the whole app loaded once at the start.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await expect(page.getByText(INTRO)).toBeVisible();
  expect(fetched).toEqual([]);
  // A file no page has needed yet comes from the content base too.
  await page.getByRole("link", { name: "Pay and benefits" }).click();
  await embeddedShows(page, "Pay and benefits");
  // Fetched to check the page before it was shown; the request's event may
  // reach the test a moment after the page does.
  await expect.poll(() => fetched).toEqual(["/occ/content/pay.json"]);
});
