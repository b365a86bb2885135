// The editors' check reads an NHS Jobs advert into a vacancy record: the
// record passes every check, and the vacancies.json it gives passes the
// editors' check in turn. Nothing is sent anywhere.
import { readFileSync } from "node:fs";
import { test, expect, appShows, axeViolations, embedded, embeddedShows, HOST } from "./helpers.mjs";

const ADVERT = readFileSync(new URL("../fixtures/adverts/003_d5c3b712e177ca41.txt", import.meta.url), "utf8");
/// A test address on a host the content lists for applying.
const ADDRESS = "https://www.jobs.nhs.uk/candidate/jobadvert/test-advert";

test("a pasted advert gives a checked record and a vacancies.json that passes the check", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  await page.getByLabel("Advert text").fill(ADVERT);
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  const before = requests.length;
  await page.getByRole("button", { name: "Read the advert" }).click();
  const record = page.getByLabel("Vacancy record");
  await expect(record).toHaveValue(/"job_ref": "277-BankMHPrac-B6- Kent P"/);
  const draft = JSON.parse(await record.inputValue());
  expect(draft.closing).toBe("2025-12-09T23:59");
  expect(draft.source).toEqual([ADDRESS]);
  const result = page.locator("#occ-add-vacancy ~ .occ-check-result");
  await expect(result.getByRole("heading", { name: "No problems found" })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: /^contact\.email: / })).toHaveCount(1);
  // Only the page's own files were asked for: the advert went nowhere.
  const origin = new URL(page.url()).origin;
  expect(requests.slice(before).every((u) => u.startsWith(origin))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    result.getByRole("link", { name: "Download vacancies.json with this record" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("vacancies.json");
  const file = readFileSync(await download.path());
  await page.getByLabel("Files you have edited").setInputFiles([{ name: "vacancies.json", mimeType: "application/json", buffer: file }]);
  // The page's check of the chosen file, not the advert's result below it.
  const check = page.locator(".occ-check-result", { hasText: "Checked your vacancies.json in place of the published ones." });
  await expect(check.getByRole("heading", { name: "No problems found" })).toBeVisible();
});

test("text that is not an advert is said so, with what to copy", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await page.getByLabel("Advert text").fill("Careers in offender healthcare\nWhere you can work");
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  await page.getByRole("button", { name: "Read the advert" }).click();
  // An error on the field, in the NHS pattern: said, linked and focused.
  const field = page.getByLabel("Advert text");
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Error: This does not look like an NHS Jobs advert/);
  await expect(page.getByLabel("Vacancy record")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // Nothing pasted is said so too, and a real advert then clears the error.
  await field.fill("");
  await page.getByRole("button", { name: "Read the advert" }).click();
  await expect(field).toHaveAccessibleDescription(/Error: There is no text to read/);
  await field.fill(ADVERT);
  await page.getByRole("button", { name: "Read the advert" }).click();
  await expect(page.getByRole("heading", { name: "What the advert gives" })).toBeFocused();
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  expect(await axeViolations(page)).toEqual([]);
});

test("the advert's web address is asked for, as every record needs a source: an error on its field until it is one", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  const address = page.getByLabel("The advert's web address");
  const read = page.getByRole("button", { name: "Read the advert" });
  await page.getByLabel("Advert text").fill(ADVERT);
  await read.click();
  await expect(address).toBeFocused();
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toHaveAccessibleDescription(/Error: Enter the advert's web address$/);
  await expect(page.getByLabel("Vacancy record")).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // Not a web address: said how to give it.
  await address.fill("www.jobs.nhs.uk/candidate/jobadvert/C9277-25-0785");
  await read.click();
  await expect(address).toHaveAccessibleDescription(/Error: Enter the advert's web address as your browser's address bar shows it on the advert's page, starting https:\/\//);
  // Nothing pasted either: both said, the first field focused.
  await page.getByLabel("Advert text").fill("");
  await address.fill("");
  await read.click();
  await expect(page.getByLabel("Advert text")).toBeFocused();
  await expect(page.getByLabel("Advert text")).toHaveAccessibleDescription(/Error: There is no text to read/);
  await expect(address).toHaveAttribute("aria-invalid", "true");
  // Given: the record, with the advert as its source, and the reading says
  // what the advert's dates mean for the site (the seed advert closed in
  // December 2025, and NHS Jobs does not show when an advert was posted).
  await page.getByLabel("Advert text").fill(ADVERT);
  await address.fill(ADDRESS);
  await read.click();
  await expect(page.getByRole("heading", { name: "What the advert gives" })).toBeFocused();
  await expect(address).not.toHaveAttribute("aria-invalid", "true");
  expect(JSON.parse(await page.getByLabel("Vacancy record").inputValue()).source).toEqual([ADDRESS]);
  const result = page.locator("#occ-add-vacancy ~ .occ-check-result");
  await expect(result.getByRole("listitem").filter({ hasText: /^closing: the advert closed on 9 December 2025 at 11:59pm, which has passed/ })).toHaveCount(1);
  await expect(result.getByRole("listitem").filter({ hasText: /^posted: .*search engines' job listings/ })).toHaveCount(1);
  await expect(result.getByRole("listitem").filter({ hasText: /^source: / })).toHaveCount(0);
  // On a host the content lists for applying: nothing to say about it.
  await expect(result.getByRole("listitem").filter({ hasText: /^apply_url: / })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // An advert on a board the content does not list: the record has no
  // apply_url, and the editor is told why and what to do.
  await address.fill("https://www.healthjobsuk.com/job/UK/test-advert");
  await read.click();
  await expect(result.getByRole("listitem").filter({ hasText: /^apply_url: the advert's address is on www\.healthjobsuk\.com, which site\.json's apply_hosts does not list/ })).toHaveCount(1);
  const record = JSON.parse(await page.getByLabel("Vacancy record").inputValue());
  expect(record.apply_url).toBeUndefined();
  expect(record.source).toEqual(["https://www.healthjobsuk.com/job/UK/test-advert"]);
});

test("an advert cut short names the parts it lacks, and offers no file until they are filled in", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  const cut = ADVERT.slice(0, ADVERT.indexOf("Person specification"));
  await page.getByLabel("Advert text").fill(cut);
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  await page.getByRole("button", { name: "Read the advert" }).click();
  await expect(page.getByRole("heading", { name: "What the advert gives" })).toBeFocused();
  const result = page.locator("#occ-add-vacancy ~ .occ-check-result");
  // Each missing part by the name the advert gives it.
  await expect(result.getByRole("listitem").filter({ hasText: /^person_specification: .*"Person specification"/ })).toHaveCount(1);
  await expect(result.getByRole("listitem").filter({ hasText: /^applicant_requirements: .*"Applicant requirements"/ })).toHaveCount(1);
  // The check names the record and the field, not a place in a text the editor never saw.
  await expect(result.getByRole("heading", { name: "1 problem" })).toBeVisible();
  const finding = result.locator(".occ-check-list li");
  await expect(finding).toContainText("vacancies[bank-mental-health-practitioner-kent-prisons]");
  await expect(finding.locator(".occ-summary-list__row", { has: page.locator("dt", { hasText: /^Field$/ }) })).toContainText("person_specification");
  await expect(finding).not.toContainText("column");
  await expect(result.getByRole("link", { name: /Download vacancies\.json/ })).toHaveCount(0);
  await expect(result).toContainText("first fill in what the list above names");
  expect(await axeViolations(page)).toEqual([]);
});

test("when the reading cannot run, it says so with a way to try again, and nothing is lost", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  // The check's worker no longer loads: a lost connection, or a deploy half done.
  await page.route(/check-worker/, (route) => route.abort());
  await page.getByLabel("Advert text").fill(ADVERT);
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  const read = page.getByRole("button", { name: "Read the advert" });
  await read.click();
  const alert = page.locator("#occ-add-vacancy ~ [role=alert]");
  await expect(alert).toContainText("Sorry, there is a problem");
  await expect(read).toBeFocused();
  await expect(page.getByLabel("Advert text")).toHaveValue(ADVERT);
  expect(await axeViolations(page)).toEqual([]);
  await page.unroute(/check-worker/);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByLabel("Vacancy record")).toHaveValue(/"job_ref": "277-BankMHPrac-B6- Kent P"/);
});

test("text far longer than any advert, or a file far larger than any content file, is refused at once and said so", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  const field = page.getByLabel("Advert text");
  // As a paste gives it, at once (Playwright's fill inserts line by line,
  // which takes minutes for this many lines).
  await field.evaluate((el) => {
    el.value = "Job summary\n".repeat(20_000); // 240,000 characters
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  await page.getByRole("button", { name: "Read the advert" }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/Error: This text is longer than any advert's page \(more than 200,000 characters\)/);
  await page.getByLabel("Files you have edited").setInputFiles([{ name: "roles.json", mimeType: "application/json", buffer: Buffer.alloc(2_500_000, 32) }]);
  const check = page.locator(".occ-check-result").first();
  await expect(check.getByRole("heading", { name: "1 problem" })).toBeVisible();
  await expect(page.locator(".occ-check-list li").first()).toContainText("is 2.5 MB, larger than any content file can be (at most 2.0 MB), so it was not read");
  expect(await axeViolations(page)).toEqual([]);
});

test("pressed twice, the reading shown is the last press's, whichever finishes last", async ({ page }) => {
  await page.goto("/check");
  await appShows(page, "Check the content");
  await expect(page.getByRole("heading", { name: "No problems found" })).toBeVisible();
  // The first press's worker is slow to load; the second's is not.
  let first = true;
  await page.route(/check-worker_loader/, async (route) => {
    if (first) {
      first = false;
      await new Promise((r) => setTimeout(r, 3000));
    }
    await route.continue();
  });
  await page.getByLabel("The advert's web address").fill(ADDRESS);
  const field = page.getByLabel("Advert text");
  await field.fill("Not an advert");
  await page.getByRole("button", { name: "Read the advert" }).click();
  await field.fill(ADVERT);
  await page.getByRole("button", { name: "Read the advert" }).click();
  const record = page.getByLabel("Vacancy record");
  await expect(record).toHaveValue(/"job_ref": "277-BankMHPrac-B6- Kent P"/);
  // The first reading has finished by now, and changed nothing.
  await page.waitForTimeout(4000);
  await expect(record).toHaveValue(/"job_ref": "277-BankMHPrac-B6- Kent P"/);
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
});

test.describe("embedded", () => {
  test.use({ baseURL: HOST });

  test("with a query on the host's occ-start.js, the advert is still read", async ({ page }) => {
    await page.route(`${HOST}${embedded("/check")}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('src="/occ/occ-start.js"', 'src="/occ/occ-start.js?v=2"');
      expect(body).toContain("occ-start.js?v=2");
      await route.fulfill({ response, body });
    });
    await page.goto(embedded("/check"));
    await embeddedShows(page, "Check the content");
    await page.getByLabel("Advert text").fill(ADVERT);
    await page.getByLabel("The advert's web address").fill(ADDRESS);
    await page.getByRole("button", { name: "Read the advert" }).click();
    await expect(page.getByLabel("Vacancy record")).toHaveValue(/"job_ref": "277-BankMHPrac-B6- Kent P"/);
  });
});
