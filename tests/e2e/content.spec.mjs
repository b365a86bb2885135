// Content editors and readers: the editors' check page, and words explained
// where they appear.
import { test, expect, appShows, axeViolations, packFile, ROUTES } from "./helpers.mjs";

const published = packFile;

test("the editors' check passes the published content and is kept out of search engines", async ({ page }) => {
  const response = await page.goto("/check");
  expect(response.headers()["x-robots-tag"]).toBe("noindex");
  await appShows(page, "Check the content");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  // Linked from no page of the site.
  for (const route of ROUTES.slice(0, 3)) {
    await page.goto(route.path);
    await appShows(page, route.h1);
    await expect(page.locator('a[href$="/check"]')).toHaveCount(0);
  }
  // Leaving it takes the tag away.
  await page.goto("/check");
  await appShows(page, "Check the content");
  await page.locator(".occ-header__home").click();
  await appShows(page, ROUTES[0].h1);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
});

test("an edited file with mistakes: each problem names file, record, field and what to do", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  // A title given as a number, and a file the site does not know.
  const roles = published("roles.json").replace(/"title": "[^"]*"/, '"title": 3');
  await page.getByLabel("Files you have edited").setInputFiles([
    { name: "roles.json", mimeType: "application/json", buffer: Buffer.from(roles) },
    { name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{}") },
  ]);
  await expect(page.getByRole("heading", { name: "2 problems" })).toBeVisible();
  await expect(page.getByText("Checked your roles.json, notes.json in place of the published ones.", { exact: false })).toBeVisible();
  const first = page.locator(".occ-check-list li").first();
  const id = JSON.parse(published("roles.json")).roles[0].id;
  // Each part under its own name (a summary list: dt, dd).
  const part = (name) => first.locator("dt", { hasText: name }).locator("xpath=following-sibling::dd[1]");
  await expect(part("Record")).toHaveText(`roles[${id}]`);
  await expect(part("Field")).toHaveText("title");
  await expect(part("Problem")).toHaveText("is a number (3) where it should be words in double quotes");
  await expect(part("What to do")).toContainText("Give the kind of value");
  await expect(page.getByRole("heading", { name: "notes.json" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Back to the published files.
  await page.getByRole("button", { name: "Check only the published files" }).click();
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
});

test("advert jargon is explained on the advert, and every word on the words explained page", async ({ page }) => {
  const vacancy = JSON.parse(published("vacancies.json")).vacancies[0];
  const glossary = JSON.parse(published("glossary.json"));
  await page.goto(`/vacancies/${vacancy.id}`);
  await appShows(page, vacancy.title);
  const details = page.locator("details", { hasText: "Words in this advert explained" });
  await details.locator("summary").click();
  await expect(details.locator(".occ-glossary__term").first()).toBeVisible();
  // Every abbreviation the advert's words use is explained there (the
  // content check requires it in the glossary; this is the page showing it).
  const texts = [
    ...vacancy.overview,
    ...vacancy.main_duties,
    ...(vacancy.responsibilities ?? []).flatMap((s) => s.items),
    ...(vacancy.person_specification ?? []).flatMap((s) => [...s.essential, ...(s.desirable ?? [])]),
    ...(vacancy.applicant_requirements ?? []),
  ];
  const abbreviations = new Set(
    texts
      .join(" ")
      .split(/[^A-Za-z0-9]+/)
      .map((w) => (w.endsWith("s") && w.length > 2 ? w.slice(0, -1) : w))
      .filter((w) => /^[A-Z]{2,}$/.test(w) && !["NHS", "UK", "GP", "ID", "IT"].includes(w)),
  );
  expect(abbreviations.size).toBeGreaterThan(0);
  for (const a of abbreviations) {
    const term = glossary.terms.find((t) => t.term === a || (t.also ?? []).includes(a));
    expect(term, `${a} is in the glossary`).toBeTruthy();
    await expect(details.locator(".occ-glossary__term", { hasText: term.term }).first(), a).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  await details.getByRole("link", { name: "All the words we explain" }).click();
  await appShows(page, "Words explained");
  await expect(page.locator(".occ-glossary__term")).toHaveCount(glossary.terms.length);
  // Also reached from every page's footer.
  await page.goto("/");
  await page.locator(".occ-footer").getByRole("link", { name: "Words explained" }).click();
  await appShows(page, "Words explained");
});
