// Opens a route of the built site and waits until the app shows it complete.
// The app itself says when that is (data-occ-complete on its mount element,
// kept by src/web/takeover.rs), so the rule is written once, in Rust.
export const COMPLETE = "[data-occ-complete]";

export async function openRendered(page, url) {
  await page.goto(url);
  await page.waitForSelector(COMPLETE, { state: "attached" });
}
