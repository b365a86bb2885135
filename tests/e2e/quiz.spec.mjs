// The quiz by keyboard alone, progress kept on reload, shareable results, and bad links.
import { test, expect, appShows, axeViolations } from "./helpers.mjs";

// Someone with no qualifications who wants hands-on care.
const PLAN = [
  ["Which of these matter most to you at work?", ["Caring for people", "Being kind and showing empathy"]],
  ["Which of these are you good at, or would like to be?", ["Staying calm in an emergency"]],
  ["Which of these best describes your qualifications?", ["I do not have a healthcare qualification yet"]],
  ["How much experience of health or care work do you have?", ["Some, such as caring for someone, volunteering or work placements"]],
  ["Which of these have you done?", ["None of these"]],
  ["How would you like to spend your working day?", ["Caring for patients face to face"]],
  ["How interested are you in supporting people's mental health?", ["Interested, alongside other kinds of care"]],
  ["How interested are you in helping people recover from drug or alcohol use?", ["Somewhat"]],
  ["Would you like to work with medicines?", ["Giving medicines as part of wider care is fine"]],
  ["Do you want to lead others?", ["Maybe later in my career"]],
  ["Which working hours would suit you?", ["Shifts, including evenings, nights and weekends"]],
];

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
  // Every role is listed once: the best in full, the others by name.
  const titles = page.locator(".occ-result__title, .occ-results__short a");
  await expect(titles).toHaveCount(9);
  await expect(titles.first()).toHaveText("Healthcare assistant");
  const first = page.locator(".occ-result").first();
  await expect(first.getByRole("heading", { name: "Why this matches you" })).toBeVisible();
  const nurse = page.locator(".occ-result", { hasText: "Registered nurse" }).first();
  await expect(nurse.getByRole("heading", { name: "What you would need first" })).toBeVisible();
  await expect(nurse.locator("li", { hasText: /^Registration with the Nursing and Midwifery Council \(NMC\)$/ })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  const order = await titles.allTextContents();

  // The link alone gives the same results in a fresh browser with nothing stored.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto(page.url());
  const theirs = other.locator(".occ-result__title, .occ-results__short a");
  await expect(theirs).toHaveCount(9);
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
