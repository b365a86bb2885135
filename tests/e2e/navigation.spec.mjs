// Moving around: client-side navigation, focus, history, skip link and the phone menu.
import { test, expect, titleOf, appShows, appNavLink, embedded, embeddedShows, HOST, ROUTES } from "./helpers.mjs";

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

// In a trust's own page (examples/host) occ-start.js follows links between the
// pages built for it without loading the host's page again: focus goes to the
// new heading, the title changes, back and forward work.
// (On the stand-alone site every page is built: a link loads it, light.spec.mjs.)
test.describe("in a host's page", () => {
  test.use({ baseURL: HOST });

  test("navigating moves focus to the new heading and sets the title; back and forward work", async ({ page }) => {
    await page.goto(embedded("/pay"));
    await embeddedShows(page, "Pay and benefits");
    // Marks this document: a full reload would lose the mark.
    await page.evaluate(() => { window.__sameDocument = true; });

    await (await appNavLink(page, "Roles")).click();
    await embeddedShows(page, "Roles in prison healthcare");
    await expect(page).toHaveURL(/\/roles$/);
    await expect(page).toHaveTitle(titleOf("Roles in prison healthcare"));
    await expect(page.locator("#offender-care-careers h1")).toBeFocused();
    // Checked on the element: on a phone the closed menu hides it.
    await expect(page.locator(`#occ-nav-list a[href="${embedded("/roles")}"]`)).toHaveAttribute("aria-current", "page");
    await expect(page.locator(`#occ-nav-list a[href="${embedded("/pay")}"]`)).not.toHaveAttribute("aria-current", "page");
    // The phone menu closes once a page is chosen.
    const toggle = page.locator("#offender-care-careers").getByRole("button", { name: "Menu" });
    if (await toggle.isVisible()) await expect(toggle).toHaveAttribute("aria-expanded", "false");

    await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Home" }).click();
    await embeddedShows(page, "Careers in offender healthcare");
    await expect(page.locator("#offender-care-careers h1")).toBeFocused();

    await page.getByRole("link", { name: "Where you can work" }).click();
    await embeddedShows(page, "Where you can work");

    await page.goBack();
    await embeddedShows(page, "Careers in offender healthcare");
    await expect(page).toHaveTitle(titleOf("Careers in offender healthcare"));
    await page.goBack();
    await embeddedShows(page, "Roles in prison healthcare");
    await page.goForward();
    await embeddedShows(page, "Careers in offender healthcare");
    // Client-side navigation (history API) only: no document was reloaded.
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });
});

test("the stand-alone site's header meets the window's edges: no white frame round it", async ({ page }) => {
  const width = page.viewportSize().width;
  for (const path of ["/", "/quiz", "/no-such-page"]) {
    await page.goto(path);
    // Polled: where the app takes over the page, its header is replaced,
    // and for that moment there is none to measure.
    await expect
      .poll(async () => {
        const box = await page.locator(".occ-header").boundingBox();
        return box && [box.x, box.y, box.width];
      }, { message: path })
      .toEqual([0, 0, width]);
  }
});

test("footer links reach the accessibility statement, with its own title", async ({ page }) => {
  await page.goto("/pay");
  await appShows(page, "Pay and benefits");
  await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).click();
  await appShows(page, "Accessibility statement");
  await expect(page).toHaveTitle(titleOf("Accessibility statement"));
});

test("targets are at least 24 by 24 pixels", async ({ page }) => {
  // The home page, a page with breadcrumbs and the sites page with its filters and map.
  for (const route of [ROUTES[0], ROUTES[2], ROUTES.find((r) => r.path === "/prisons")]) {
    await page.goto(route.path);
    await appShows(page, route.h1);
    await openNavIfCollapsed(page);
    // WCAG 2.5.8: each target is 24 by 24 pixels, or a 24-pixel circle on its
    // centre meets no other target nor another small target's circle
    // (spacing); a link inside a sentence is exempt (inline), as is a map
    // marker, whose site is also a full-size link in the list (equivalent).
    const small = await page.evaluate(() => {
      const targets = [...document.querySelectorAll(".occ-app a, .occ-app button, .occ-app select, .occ-app input")]
        .filter((el) => el.getClientRects().length > 0 && !el.classList.contains("occ-skip-link"))
        .filter((el) => !el.closest("svg"))
        .filter((el) => {
          const block = el.parentElement;
          const inText = el.tagName === "A" && ["P", "LI", "DD", "TD"].includes(block.tagName) && block.textContent.trim() !== el.textContent.trim();
          return !inText;
        })
        .map((el) => ({ el, r: el.getBoundingClientRect() }));
      const undersized = targets.filter(({ r }) => r.width < 24 || r.height < 24);
      const centre = ({ r }) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      const circleMeetsRect = (c, r) => {
        const dx = Math.max(r.left - c.x, 0, c.x - r.right);
        const dy = Math.max(r.top - c.y, 0, c.y - r.bottom);
        return dx * dx + dy * dy < 12 * 12;
      };
      return undersized
        .filter((t) => {
          const c = centre(t);
          return (
            targets.some((o) => o.el !== t.el && !o.el.contains(t.el) && !t.el.contains(o.el) && circleMeetsRect(c, o.r)) ||
            undersized.some((o) => o.el !== t.el && Math.hypot(centre(o).x - c.x, centre(o).y - c.y) < 24)
          );
        })
        .map(({ el, r }) => ({ text: el.textContent.trim().slice(0, 40), width: Math.round(r.width), height: Math.round(r.height) }));
    });
    expect(small, route.path).toEqual([]);
  }
});

test("focus is visible on links and buttons", async ({ page }) => {
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  const home = page.getByRole("banner").getByRole("link").first();
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // header home link
  // On a busy machine the first press can land on the page itself: press on
  // (a few times at most) until the home link has the focus.
  for (let i = 0; i < 3 && !(await home.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(home).toBeFocused();
  const bg = await home.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgb(255, 235, 59)");
});

test("animation is off when the person asks for reduced motion", async ({ page }) => {
  // A probe with a one-second transition (set through the CSSOM, which the
  // policy allows) shows the stylesheet's rule at work: it passes only while the
  // rule covers every element, whatever transitions the styles gain later.
  const durations = async () =>
    page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.transition = "opacity 1s";
      document.querySelector(".occ-app main").append(probe);
      const all = [...document.querySelectorAll(".occ-app *")].map((el) => getComputedStyle(el).transitionDuration);
      probe.remove();
      return all;
    });
  const still = (list) => list.every((d) => d.split(",").every((x) => parseFloat(x) <= 0.001));
  await page.goto("/");
  await appShows(page, "Careers in offender healthcare");
  expect(still(await durations())).toBe(false);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(still(await durations())).toBe(true);
});
