// Light pages (issue 31): a page built in advance with nothing to operate
// loads no program. It is complete as built, its phone menu works, and which
// vacancies have closed is brought up to date by occ-start.js by the app's rule.
import { test, expect, appShows, axeViolations, PUBLISHED, ROUTES } from "./helpers.mjs";

// Pages with no part to operate, from the content pack: home, a role, a site and the fixed parts.
const LIGHT = ROUTES.filter((r) => !r.path.includes("?") && /^\/($|roles\/(?!compare)|prisons\/|about|accessibility|words-explained|get-started)/.test(r.path));
// Pages with a part to operate, and the one program each loads (src/islands/).
const OPERABLE = [
  ["/quiz", "quiz"],
  ["/pay", "pay"],
  ["/prisons", "sites"],
  ["/roles", "roles"],
  ["/pathways", "roles"],
];

/// The site's own requests while `open` runs, by what was asked for.
async function requestsDuring(page, open) {
  const asked = [];
  page.on("request", (r) => asked.push(new URL(r.url()).pathname));
  await open();
  // Anything started late (a preload, a program) would show by now.
  await page.waitForLoadState("networkidle");
  return asked;
}

for (const { path, h1 } of LIGHT) {
  test(`${path} loads no WebAssembly and no content, and is complete as built`, async ({ page }) => {
    const asked = await requestsDuring(page, () => page.goto(path));
    await appShows(page, h1);
    expect(asked.filter((p) => p.endsWith(".wasm")), "WebAssembly").toEqual([]);
    expect(asked.filter((p) => p.includes("/content/")), "content").toEqual([]);
    // Only the page, its stylesheet and the start script (and the icon).
    expect(asked.filter((p) => /\.js$/.test(p))).toEqual(["/occ-start.js"]);
    const root = page.locator("#offender-care-careers");
    await expect(root).toHaveAttribute("data-occ-static", "");
    await expect(root).toHaveAttribute("data-occ-complete", "");
    // Nothing on it says a part needs JavaScript: no part does.
    expect(await page.evaluate(() => document.querySelector("main").innerText)).not.toContain("You can read this page without JavaScript");
  });
}

test("on a light page the phone menu opens and closes without a program", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the menu button shows on narrow screens only");
  await page.goto(LIGHT[0].path);
  const toggle = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Primary navigation" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link").first()).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link").first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link").first()).toBeHidden();
});

test("the skip link on a light page moves focus to the main content", async ({ page }) => {
  await page.goto(LIGHT[0].path);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const [path, program] of OPERABLE) {
  test(`${path} has a part to operate: it loads its own program, island-${program}, and not the whole app`, async ({ page }) => {
    const asked = await requestsDuring(page, () => page.goto(path));
    const wasm = asked.filter((p) => p.endsWith(".wasm"));
    expect(wasm, "WebAssembly").toHaveLength(1);
    expect(wasm[0]).toMatch(new RegExp(`^/island-${program}-[0-9a-f]+_bg\\.wasm$`));
    expect(asked.filter((p) => /\.js$/.test(p))).toEqual(["/occ-start.js", expect.stringMatching(new RegExp(`^/island-${program}-[0-9a-f]+\\.js$`))]);
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-started", "");
    await expect(page.locator("#offender-care-careers")).toHaveAttribute("data-occ-complete", "");
    await expect(page.locator("[data-occ-island]")).toHaveCount(1);
    await expect(page.locator("[data-occ-island]")).toHaveAttribute("data-occ-program", program);
  });
}

test("a link with a query is left to the whole app, which reads it", async ({ page }) => {
  const asked = await requestsDuring(page, () => page.goto("/roles?type=clinical"));
  expect(asked.filter((p) => p.endsWith(".wasm"))).toEqual([expect.stringMatching(/^\/offender-care-careers-[0-9a-f]+_bg\.wasm$/)]);
  await expect(page.getByLabel("Type of role")).toHaveValue("clinical");
});

// A vacancy in the pack whose closing date can be read: its role's page lists
// it with the moment it closes. A pack with none has nothing to mark.
const VACANCY = PUBLISHED.content.vacancies.find((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.closing));

/// The closing moment the app wrote into the role's built page (DateTime::reached_at_millis).
async function closingMoment(page, path) {
  const html = await (await page.request.get(path)).text();
  const closes = Number((html.match(/data-occ-closes="(\d+)"/) || [])[1]);
  expect(closes, "a closing moment in the built page").toBeGreaterThan(0);
  return closes;
}

for (const [when, offset, closed] of [["a millisecond before", -1, false], ["at", 0, true]]) {
  test(`a role page ${when} its vacancy's closing moment shows it ${closed ? "closed" : "open"}, by the app's rule`, async ({ page }) => {
    test.skip(!VACANCY, "the content has no vacancy with a closing date");
    const path = `/roles/${VACANCY.role}`;
    const closes = await closingMoment(page, path);
    // Fixed, so loading the page does not carry the clock past the moment.
    await page.clock.setFixedTime(closes + offset);
    await page.goto(path);
    const item = page.locator("[data-occ-closes]").first();
    await expect(item).toBeVisible();
    await expect(item.locator("[data-occ-closed]")).toBeVisible({ visible: closed });
    await expect(page.getByText("There are no open vacancies for this role at the moment.")).toBeVisible({ visible: closed });
    if (closed) await expect(item).toContainText("(closed, closing date");
    expect(await axeViolations(page)).toEqual([]);
  });
}
