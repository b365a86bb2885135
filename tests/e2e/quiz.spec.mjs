// The quiz by keyboard alone, progress kept on reload, shareable results, and bad links.
import { test, expect, appShows, appStarted, appWorks, axeViolations, PACK, listedRoles, leftOutCount } from "./helpers.mjs";

// Someone with no qualifications who wants hands-on care, by the ids of their
// answers; a question the pack has beyond these gets its first answer. The
// words on the screen come from the pack.
const CHOICES = {
  values: ["caring", "kindness"],
  skills: ["emergencies"],
  qualifications: ["none-yet"],
  experience: ["some"],
  done: ["none"],
  "hands-on": ["patients"],
  "mental-health": ["somewhat"],
  "substance-misuse": ["somewhat"],
  medicines: ["some"],
  leading: ["later"],
  shifts: ["any"],
};
const QUESTIONS = PACK.content.quiz.questions;
const PLAN = QUESTIONS.map((q) => {
  const ids = (CHOICES[q.id] ?? []).filter((id) => q.answers.some((a) => a.id === id));
  return [q.text, (ids.length ? ids : [q.answers[0].id]).map((id) => q.answers.find((a) => a.id === id).text)];
});
const ROLES = PACK.content.roles;
/// Roles a person with no healthcare qualification could start in.
const NEEDS_NONE = ROLES.filter((r) => !(r.registration?.length > 0)).map((r) => r.title);
/// A role that needs a registration: what it needs is listed for this person.
const REGISTERED = ROLES.find((r) => r.registration?.length > 0);

async function answerByKeyboard(page, index) {
  const [question, answers] = PLAN[index];
  await expect(page.locator(".occ-quiz__question")).toHaveText(question);
  // After Next the app moves focus to the new question; wait for that, as a person would.
  if (index > 0) await expect(page.locator(".occ-quiz__question")).toBeFocused();
  await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question ${index + 1} of ${PLAN.length}`);
  // On a phone too, the progress above the question is on the screen.
  await expect(page.locator("#occ-quiz-progress")).toBeInViewport();
  for (const answer of answers) {
    await page.getByLabel(answer, { exact: true }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByLabel(answer, { exact: true })).toBeChecked();
  }
  const next = page.getByRole("button", { name: index + 1 === PLAN.length ? "See your results" : "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
}

test("complete the quiz by keyboard, reload midway, and share the results", async ({ page, browser, baseURL }) => {
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  expect(await axeViolations(page)).toEqual([]);

  // No answer: the NHS error pattern.
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#occ-quiz-error")).toContainText("Select at least one answer");
  expect(await axeViolations(page)).toEqual([]);

  for (let i = 0; i < 4; i++) await answerByKeyboard(page, i);
  await expect(page.locator(".occ-quiz__question")).toBeFocused();
  await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question 5 of ${PLAN.length}`);

  // A reload keeps the place and the answers.
  await page.reload();
  await appShows(page, "Which role suits you?");
  await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question 5 of ${PLAN.length}`);
  await page.getByRole("button", { name: "Back" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".occ-quiz__question")).toBeFocused();
  await expect(page.locator(".occ-quiz__question")).toHaveText(PLAN[3][0]);
  await expect(page.getByLabel(PLAN[3][1][0], { exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");

  for (let i = 4; i < PLAN.length; i++) await answerByKeyboard(page, i);
  await appShows(page, "Your quiz results");
  await expect(page).toHaveURL(new RegExp(`/quiz/results#a=2\\.[0-9a-z]+(\\.[0-9a-z]+){${PLAN.length}}$`));
  // Every role is listed once (the best in full, the others by name, a line
  // each) or counted among those left out.
  const titles = listedRoles(page);
  await appStarted(page);
  const left = await leftOutCount(page);
  await expect(titles).toHaveCount(ROLES.length - left);
  // With no qualification, the best match is a role that needs none.
  expect(NEEDS_NONE).toContain(await titles.first().textContent());
  const first = page.locator(".occ-result").first();
  await expect(first.getByRole("heading", { name: "Why this matches you" })).toBeVisible();
  const nurse = page.locator(".occ-results__towards > li", { hasText: `${REGISTERED.title}: ` });
  const folded = nurse.locator("details:not([open]) > summary");
  if (await folded.count()) await folded.click();
  const needed = REGISTERED.qualifications.essential.at(-1).text;
  await expect(nurse.locator("li").filter({ hasText: new RegExp(`^${needed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  const order = await titles.allTextContents();

  // The link alone gives the same results in a fresh browser with nothing stored.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(page.url());
  // A context of its own has none of the fixture's waits: read once the part has taken over.
  await appWorks(other, "the shared results");
  const theirs = listedRoles(other);
  await expect(theirs).toHaveCount(ROLES.length - left);
  expect(await theirs.allTextContents()).toEqual(order);
  // Worded for the person who opened it, who did not give the answers.
  await expect(other.locator(".occ-lede")).toContainText("Someone shared these quiz results with you");
  await expect(other.getByRole("heading", { name: "Roles they could apply for now" })).toBeVisible();
  await expect(other.getByText("Why this matches you")).toHaveCount(0);
  expect(await other.evaluate(() => localStorage.length)).toBe(0);
  await fresh.close();

  // Start again clears what was kept.
  await page.getByRole("link", { name: "Change your answers" }).click();
  await appShows(page, "Which role suits you?");
  await page.getByRole("button", { name: "Start again" }).click();
  await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question 1 of ${PLAN.length}`);
  await expect(page.getByLabel(PLAN[0][1][0], { exact: true })).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem("occ-quiz-progress"))).toBeNull();
});

for (const [link, message] of [
  ["garbage", "This results link is not complete."],
  ["1.zzzz.0.0", "This results link was made by a version of the quiz we cannot read"],
  ["7.abcd.1.2", "This results link was made by a version of the quiz we cannot read"],
  ["", "This link has no quiz answers in it."],
]) {
  test(`a bad results link (${link || "empty"}) says so and offers the quiz`, async ({ page }) => {
    await page.goto(`/quiz/results?a=${encodeURIComponent(link)}`);
    await appShows(page, "Your quiz results");
    await expect(page.locator(".occ-inset", { hasText: message })).toBeVisible();
    await page.getByRole("link", { name: "Take the quiz" }).click();
    await appShows(page, "Which role suits you?");
  });
}

test("saved progress that cannot be read is dropped with a note", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("occ-quiz-progress", "3|1.oldq.1.2"));
  await page.goto("/quiz");
  await appShows(page, "Which role suits you?");
  await expect(page.getByText("Your saved answers could not be read")).toBeVisible();
  await expect(page.locator("#occ-quiz-progress")).toHaveText(`Question 1 of ${PLAN.length}`);
});
