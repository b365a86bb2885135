// The site's routes with their headings, derived from a content pack, so the
// end-to-end tests and the benchmarks visit the same pages for any trust.
import { readFileSync } from "node:fs";

export const readPack = (dir) => {
  const read = (file) => JSON.parse(readFileSync(new URL(`../${dir}/${file}`, import.meta.url), "utf8"));
  return {
    site: read("site.json"),
    roles: read("roles.json").roles,
    sites: read("sites.json"),
    vacancies: read("vacancies.json").vacancies,
    pay: read("pay.json"),
    quiz: read("quiz.json"),
    getting_started: read("getting-started.json"),
    days: read("days.json").days,
  };
};

export const SITE = "Careers in offender healthcare";

/// Every route of the URL scheme with its heading, for one content pack. Ids,
/// names and queries come from the pack, so the same routes test any trust.
export function routesOf({ site, roles, sites, vacancies, pay }) {
  const [first, second] = roles;
  const open = sites.sites.find((s) => !s.closed);
  const closed = sites.sites.find((s) => s.closed);
  const region = sites.regions.find((r) => sites.sites.some((s) => s.region === r.id && !s.closed));
  // A town the page offers to measure from (places::towns).
  const town = sites.sites.find((s) => s.region === region.id && !s.closed && !s.town.includes("/")).town.replace(/^near /, "");
  const band = pay.bands.find((b) => b.points.length > 1);
  return [
    { path: "/", h1: SITE },
    { path: "/roles", h1: "Roles in prison healthcare" },
    { path: `/roles/${first.id}`, h1: first.title },
    { path: `/roles/${roles.at(-1).id}`, h1: roles.at(-1).title },
    { path: `/roles/compare?roles=${first.id},${second.id}`, h1: "Compare roles" },
    { path: `/pathways?role=${first.id}`, h1: "Career pathways" },
    { path: "/roles/compare", h1: "Compare roles" },
    { path: "/roles?type=clinical&band-from=5", h1: "Roles in prison healthcare" },
    { path: "/pathways", h1: "Career pathways" },
    { path: "/prisons", h1: "Where you can work" },
    { path: `/prisons/${open.id}`, h1: open.name },
    ...(closed ? [{ path: `/prisons/${closed.id}`, h1: closed.name }] : []),
    { path: `/prisons?${new URLSearchParams({ region: region.id, near: town })}`, h1: "Where you can work" },
    { path: "/quiz", h1: "Which role suits you?" },
    { path: "/quiz/results", h1: "Your quiz results" },
    { path: "/quiz/results?a=broken", h1: "Your quiz results" },
    { path: "/vacancies", h1: "Vacancies" },
    ...vacancies.slice(0, 1).map((v) => ({ path: `/vacancies/${v.id}`, h1: v.title })),
    { path: "/pay", h1: "Pay and benefits" },
    { path: `/pay?band=${band.band}&point=2&hours=18.75&area=${pay.trust_supplement_regions[0]}`, h1: "Pay and benefits" },
    { path: "/get-started", h1: "How to get started" },
    { path: "/about", h1: `About ${site.trust_short_name}` },
    { path: "/accessibility", h1: "Accessibility statement" },
    { path: "/words-explained", h1: "Words explained" },
    { path: "/check", h1: "Check the content" },
    { path: "/no-such-page", h1: "Page not found" },
  ];
}

export function packOf(dir) {
  const content = readPack(dir);
  const trust = content.site.trust_name;
  return {
    dir,
    content,
    trust,
    titleOf: (page) => (page === SITE ? `${SITE} - ${trust}` : `${page} - ${SITE} - ${trust}`),
    routes: routesOf(content),
  };
}


/// The pages a visitor arrives on, for the benchmarks: no filtered or broken
/// links (a comparison link is one people share), no editors' check, no 404.
export const arrivalRoutes = (dir) =>
  packOf(dir)
    .routes.map((r) => r.path)
    .filter((p) => (!p.includes("?") || p.startsWith("/roles/compare?")) && !["/check", "/no-such-page", "/roles/compare"].includes(p));
