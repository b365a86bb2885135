// Moving around: client-side navigation, focus, history, skip link and the phone menu.
import { test, expect, titleOf, appShows } from "./helpers.mjs";

async function openNavIfCollapsed(page) {
  const toggle = page.getByRole("button", { name: "Menu" });
  if (await toggle.isVisible()) {
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link").first()).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
  }
}

test("the first page keeps focus at the top; the skip link is the first stop", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  await expect(page.locator("h1")).not.toBeFocused();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/\/pay$/);
});

test("navigating moves focus to the new heading and sets the title; back and forward work", async ({ page }) => {
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  // Marks this document: a full reload would lose the mark.
  await page.evaluate(() => { window.__sameDocument = true; });

  await openNavIfCollapsed(page);
  await page.getByRole("navigation", { name: "Primary navigation" }).getByRole("link", { name: "Roles" }).click();
  await appShows(page, "Roles in prison healthcare");
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page).toHaveTitle(titleOf("Roles in prison healthcare"));
  await expect(page.locator("h1")).toBeFocused();
  // Checked on the element: on a phone the closed menu hides it.
  await expect(page.locator('#occ-nav-list a[href="/roles"]')).toHaveAttribute("aria-current", "page");
  await expect(page.locator('#occ-nav-list a[href="/pay"]')).not.toHaveAttribute("aria-current", "page");
  // The phone menu closes once a page is chosen.
  const toggle = page.getByRole("button", { name: "Menu" });
  if (await toggle.isVisible()) await expect(toggle).toHaveAttribute("aria-expanded", "false");

  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
  await appShows(page, "Careers in offender healthcare");
  await expect(page.locator("h1")).toBeFocused();

  await page.getByRole("link", { name: "Where you can work" }).click();
  await appShows(page, "Where you can work");

  await page.goBack();
  await appShows(page, "Careers in offender healthcare");
  await expect(page).toHaveTitle(titleOf("Careers in offender healthcare"));
  await page.goBack();
  await appShows(page, "Roles in prison healthcare");
  await page.goForward();
  await appShows(page, "Careers in offender healthcare");
  // Client-side navigation (history API) only: no document was reloaded.
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test("footer links reach the accessibility statement", async ({ page }) => {
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await appShows(page, "Accessibility statement");
  await expect(page.locator("h1")).toBeFocused();
});

test("targets are at least 24 by 24 pixels", async ({ page }) => {
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  await openNavIfCollapsed(page);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll(".occ-app a, .occ-app button")]
      .filter((el) => el.getClientRects().length > 0 && !el.classList.contains("occ-skip-link"))
      .map((el) => ({ text: el.textContent.trim(), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.height < 24 || r.width < 24)
      // Links inside running text are exempt (WCAG 2.5.8 inline exception).
      .filter((r) => !["P", "LI"].includes(document.elementFromPoint(r.x + 1, r.y + 1)?.parentElement?.tagName ?? "")),
  );
  expect(small).toEqual([]);
});

test("focus is visible on links and buttons", async ({ page }) => {
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // header home link
  const bg = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  expect(bg).toBe("rgb(255, 235, 59)");
});

test("animation is off when the person asks for reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll(".occ-app *")].map((el) => getComputedStyle(el).transitionDuration),
  );
  expect(durations.every((d) => d.split(",").every((x) => parseFloat(x) <= 0.001))).toBe(true);
});
