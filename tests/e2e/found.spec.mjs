// Found and shared: robots.txt and sitemap.xml, each page's own
// head (description, canonical link, link previews) in the built pages and
// kept current by the app, a vacancy's JobPosting while it is open, and the
// icon and web app manifest. Content comes from the packs, never today's ids.
import { test, expect, appShows, PACK, FICTIONAL, HOST } from "./helpers.mjs";
import { publicOrigin } from "../../tools/site-files.mjs";
import Validator from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";

/// Where the build says the site is published (tools/site-files.mjs).
const ORIGIN = publicOrigin();

/// The parts of the site with an address of their own that search engines may
/// list: the URL scheme (src/domain/routes.rs), not content. Left out: a
/// person's quiz results, the editors' check, and any address with a query
/// (a comparison is always of the roles its link names).
const PARTS = ["/", "/roles", "/roles/compare", "/pathways", "/prisons", "/quiz", "/vacancies", "/pay", "/get-started", "/about", "/accessibility", "/words-explained"];

/// UK time now as content writes it (`YYYY-MM-DDTHH:MM`), to tell open vacancies from closed.
const ukNow = () => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
};
const openVacancies = (pack) => pack.content.vacancies.filter((v) => v.closing > ukNow());
const closedVacancies = (pack) => pack.content.vacancies.filter((v) => v.closing <= ukNow());

/// Every page a pack's sitemap must list, and nothing else.
const expectedSitemap = (pack) =>
  [
    ...PARTS,
    ...pack.content.roles.map((r) => `/roles/${r.id}`),
    ...pack.content.sites.sites.map((s) => `/prisons/${s.id}`),
    ...openVacancies(pack).map((v) => `/vacancies/${v.id}`),
  ].sort();

const decode = (text) => text?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/// The head tags of a page's HTML as the server sent it.
function headOf(html) {
  const head = html.slice(0, html.indexOf("</head>"));
  const one = (pattern) => {
    const all = [...head.matchAll(pattern)];
    expect(all.length, `${pattern} at most once`).toBeLessThanOrEqual(1);
    return decode(all[0]?.[1]);
  };
  return {
    description: one(/<meta name="description" content="([^"]*)">/g),
    canonical: one(/<link rel="canonical" href="([^"]*)">/g),
    robots: one(/<meta name="robots" content="([^"]*)">/g),
    ogTitle: one(/<meta property="og:title" content="([^"]*)">/g),
    ogDescription: one(/<meta property="og:description" content="([^"]*)">/g),
    ogUrl: one(/<meta property="og:url" content="([^"]*)">/g),
    ogSiteName: one(/<meta property="og:site_name" content="([^"]*)">/g),
    twitterCard: one(/<meta name="twitter:card" content="([^"]*)">/g),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]),
  };
}

/// The same tags as the app keeps them in the live document.
const liveHead = (page) =>
  page.evaluate(() => {
    const get = (selector, attr) => document.head.querySelector(selector)?.getAttribute(attr) ?? undefined;
    return {
      description: get('meta[name="description"]', "content"),
      canonical: get('link[rel="canonical"]', "href"),
      robots: get('meta[name="robots"]', "content"),
      ogTitle: get('meta[property="og:title"]', "content"),
      ogUrl: get('meta[property="og:url"]', "content"),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
    };
  });

const sitemapPaths = (xml) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decode(m[1]));

/// Google's required and recommended JobPosting properties, by a maintained
/// validator (@adobe/structured-data-validator). Without schema.org's own
/// vocabulary file, which is not on npm, it checks Google's rules only.
/// Google documents a post at several places as an array of `jobLocation`s,
/// but the validator (1.7.1) reads `jobLocation.address.addressCountry`
/// through objects only: so the posting is validated once per place, whole
/// but for holding that one place.
async function jobPostingIssues(html) {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
  expect(extracted.jsonld.JobPosting, "one JobPosting").toHaveLength(1);
  const [posting] = extracted.jsonld.JobPosting;
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : [posting.jobLocation];
  const issues = [];
  for (const place of places) {
    const one = { ...extracted, jsonld: { ...extracted.jsonld, JobPosting: [{ ...posting, jobLocation: place }] } };
    issues.push(...(await new Validator().validate(one)));
  }
  return issues;
}
/// Recommended for jobs done from home only: Google asks that others leave them out.
const REMOTE_ONLY = ["applicantLocationRequirements", "jobLocationType"];

test.describe("robots.txt and sitemap.xml", () => {
  test("robots.txt is a robots file that names the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });

  test("sitemap.xml lists every role, site and open vacancy page and nothing else", async ({ request }) => {
    const response = await request.get("/sitemap.xml", { headers: { "Accept-Encoding": "br, gzip" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/xml/);
    // It grows with every page: sent compressed, like the manifest.
    expect(response.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
    const locs = sitemapPaths(await response.text());
    for (const loc of locs) expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
    expect(locs.map((l) => l.slice(ORIGIN.length)).sort()).toEqual(expectedSitemap(PACK));
    for (const v of closedVacancies(PACK)) expect(locs).not.toContain(`${ORIGIN}/vacancies/${v.id}`);
  });
});

test.describe("each page says what it is", () => {
  test("two role pages, as built, have their own description, canonical URL and og:title", async ({ request }) => {
    const [a, b] = [PACK.content.roles[0], PACK.content.roles.at(-1)];
    const [headA, headB] = await Promise.all([a, b].map(async (r) => headOf(await (await request.get(`/roles/${r.id}`)).text())));
    for (const [role, head] of [[a, headA], [b, headB]]) {
      expect(head.description).toBe(role.summary);
      expect(head.canonical).toBe(`${ORIGIN}/roles/${role.id}`);
      expect(head.ogTitle).toBe(role.title);
      expect(head.ogUrl).toBe(head.canonical);
      expect(head.robots).toBeUndefined();
    }
    expect(headA.description).not.toBe(headB.description);
    expect(headA.canonical).not.toBe(headB.canonical);
    expect(headA.ogTitle).not.toBe(headB.ogTitle);
  });

  test("every page in the sitemap is built with its own head and link-preview tags", async ({ request }) => {
    const locs = sitemapPaths(await (await request.get("/sitemap.xml")).text());
    const home = headOf(await (await request.get("/")).text());
    expect(home.description).toBe(PACK.content.site.summary);
    for (const loc of locs) {
      const path = loc.slice(ORIGIN.length);
      const head = headOf(await (await request.get(path)).text());
      expect(head.canonical, path).toBe(loc);
      expect(head.ogUrl, path).toBe(loc);
      expect(head.description, path).toBeTruthy();
      expect(head.ogDescription, path).toBe(head.description);
      expect(head.ogTitle, path).toBeTruthy();
      expect(head.ogSiteName, path).toContain(PACK.trust);
      expect(head.twitterCard, path).toBe("summary");
      if (path !== "/") expect(head.description, `${path} says more than the home page`).not.toBe(home.description);
    }
    const site = PACK.content.sites.sites[0];
    const siteHead = headOf(await (await request.get(`/prisons/${site.id}`)).text());
    expect(siteHead.description).toContain(site.town);
  });

  test("the app keeps the head current as a visitor moves around", async ({ page }) => {
    const role = PACK.content.roles[0];
    await page.goto("/");
    await appShows(page, PACK.routes[0].h1);
    await page.locator("main").getByRole("link", { name: "Roles in prison healthcare" }).click();
    await appShows(page, "Roles in prison healthcare");
    await page.locator("main").getByRole("link", { name: role.title, exact: true }).first().click();
    await appShows(page, role.title);
    await expect.poll(async () => (await liveHead(page)).canonical).toBe(`${ORIGIN}/roles/${role.id}`);
    expect(await liveHead(page)).toMatchObject({ description: role.summary, ogTitle: role.title, robots: undefined, jsonLd: [] });

    // A query is not a page of its own: the canonical URL leaves it out.
    await page.goto("/roles?type=clinical");
    await appShows(page, "Roles in prison healthcare");
    expect((await liveHead(page)).canonical).toBe(`${ORIGIN}/roles`);

    // Pages search engines must leave out say so, with no canonical URL.
    for (const [path, h1] of [["/no-such-page", "Page not found"], [`/roles/no-such-role`, "Page not found"], ["/check", "Check the content"], ["/quiz/results", "Your quiz results"]]) {
      await page.goto(path);
      await appShows(page, h1);
      await expect.poll(async () => (await liveHead(page)).robots, path).toBe("noindex");
      expect((await liveHead(page)).canonical, path).toBeUndefined();
    }
  });

  test("a closed vacancy carries no job posting and is left out of search results", async ({ page, request }) => {
    const v = closedVacancies(PACK)[0];
    test.skip(!v, "the published content has no closed vacancy");
    const built = headOf(await (await request.get(`/vacancies/${v.id}`)).text());
    expect(built.jsonLd).toEqual([]);
    expect(built.robots).toBe("noindex");
    expect(built.description).toContain(v.site);
    await page.goto(`/vacancies/${v.id}`);
    await appShows(page, v.title);
    expect(await liveHead(page)).toMatchObject({ robots: "noindex", jsonLd: [] });
  });

});

test.describe("embedded in a host's page", () => {
  test.use({ baseURL: HOST });

  test("the host's head stays the host's: the app sets the title only", async ({ page }) => {
    const role = PACK.content.roles[0];
    await page.goto(`/careers/prison-healthcare/roles/${role.id}`);
    await expect(page.locator("#offender-care-careers h1")).toHaveText(role.title);
    await expect(page).toHaveTitle(new RegExp(`^${role.title}`));
    const head = await liveHead(page);
    expect(head.description).toBe("Careers in prison healthcare with the example trust.");
    expect(head).toMatchObject({ canonical: undefined, robots: undefined, ogTitle: undefined, jsonLd: [] });
  });
});

test.describe("the icon and the web app manifest", () => {
  test("answer with their own types, never the app page", async ({ request }) => {
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect(ico.headers()["content-type"]).toBe("image/x-icon");
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await request.get("/icon.svg");
    expect(svg.headers()["content-type"]).toBe("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg /);

    const response = await request.get("/manifest.webmanifest", { headers: { "Accept-Encoding": "br, gzip" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"]).toMatch(/^(br|gzip)$/);
    expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest.name).toContain(PACK.trust);
    expect(manifest.theme_color).toBe("#005eb8");
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()["content-type"], icon.src).toBe(icon.type);
    }
    // A missing one is a real 404.
    expect((await request.get("/icon-999.png")).status()).toBe(404);
  });

  test("every page links them, and the browser's own requests for them find them", async ({ page }) => {
    const asked = [];
    page.on("response", (r) => /favicon|icon|manifest/.test(r.url()) && asked.push([new URL(r.url()).pathname, r.status(), r.headers()["content-type"]]));
    await page.goto(`/roles/${PACK.content.roles[0].id}`);
    await appShows(page, PACK.content.roles[0].title);
    const links = await page.evaluate(() => [...document.head.querySelectorAll('link[rel~="icon"], link[rel="manifest"], link[rel="apple-touch-icon"]')].map((l) => l.getAttribute("href")));
    expect(links).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/manifest.webmanifest", "/icon-180.png"]));
    for (const [path, status, type] of asked) {
      expect(status, path).toBe(200);
      expect(type, path).not.toMatch(/text\/html/);
    }
  });
});

test.describe("a vacancy's job posting", () => {
  test("@fictional an open vacancy's page, as built and in the app, carries a JobPosting the validator accepts", async ({ page, request }) => {
    const v = openVacancies(FICTIONAL)[0];
    const html = await (await request.get(`/vacancies/${v.id}`)).text();
    const built = headOf(html);
    expect(built.jsonLd).toHaveLength(1);
    const posting = JSON.parse(built.jsonLd[0]);
    expect(posting).toMatchObject({ "@type": "JobPosting", title: v.title, datePosted: v.posted, validThrough: `${v.closing}:00+00:00`, url: `${ORIGIN}/vacancies/${v.id}` });
    expect(built.robots).toBeUndefined();
    expect(built.canonical).toBe(`${ORIGIN}/vacancies/${v.id}`);
    const issues = await jobPostingIssues(html);
    expect(issues.filter((i) => i.severity === "ERROR")).toEqual([]);
    expect(issues.flatMap((i) => i.fieldNames).filter((f) => !REMOTE_ONLY.includes(f))).toEqual([]);

    // The app writes the same; a JSON-LD block is not run, so the strict
    // policy reports nothing (the page fixture fails on any CSP violation).
    await page.goto(`/vacancies/${v.id}`);
    await appShows(page, v.title);
    await expect.poll(async () => (await liveHead(page)).jsonLd.length).toBe(1);
    const live = await page.content();
    const liveIssues = await jobPostingIssues(live);
    expect(liveIssues.filter((i) => i.severity === "ERROR")).toEqual([]);
    expect(JSON.parse((await liveHead(page)).jsonLd[0])).toEqual(posting);
  });

  test("@fictional the validator finds a posting without its required fields: the check can fail", async () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org/", "@type": "JobPosting", title: "x" })}</script></head><body></body></html>`;
    const errors = (await jobPostingIssues(html)).filter((i) => i.severity === "ERROR").flatMap((i) => i.fieldNames);
    expect(errors).toEqual(expect.arrayContaining(["description", "datePosted", "hiringOrganization"]));
  });

  test("@fictional the sitemap lists the open vacancy with the day it was posted", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(sitemapPaths(xml).map((l) => l.slice(ORIGIN.length)).sort()).toEqual(expectedSitemap(FICTIONAL));
    for (const v of openVacancies(FICTIONAL)) expect(xml).toContain(`<loc>${ORIGIN}/vacancies/${v.id}</loc><lastmod>${v.posted}</lastmod>`);
    expect((await (await request.get("/manifest.webmanifest")).json()).name).toContain(FICTIONAL.trust);
  });
});

test.describe("Lighthouse", () => {
  test("SEO scores 100 on the home page, a role, a site and the vacancies", async ({ baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== "desktop", "one browser size is enough: the audit reads the page's HTML and head");
    test.setTimeout(180_000);
    const { default: lighthouse } = await import("lighthouse");
    const chromeLauncher = await import("chrome-launcher");
    const { CHROMIUM, CHROMIUM_ARGS } = await import("../../tools/browser-and-bytes.mjs");
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
    try {
      const paths = ["/", `/roles/${PACK.content.roles[0].id}`, `/prisons/${PACK.content.sites.sites[0].id}`, "/vacancies"];
      for (const path of paths) {
        const { lhr } = await lighthouse(baseURL + path, {
          port: chrome.port,
          onlyCategories: ["seo"],
          formFactor: "desktop",
          screenEmulation: { disabled: true },
          throttlingMethod: "provided",
          logLevel: "error",
        });
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories.seo.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id}: ${a.explanation || a.title}`);
        expect(failed, path).toEqual([]);
        expect(Math.round(lhr.categories.seo.score * 100), path).toBe(100);
      }
    } finally {
      await chrome.kill();
    }
  });
});
