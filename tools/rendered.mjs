// Opens a route of the built site and waits until the app shows it complete:
// started, with its heading, and nothing still loading (src/web/takeover.rs says the same).
export async function openRendered(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const root = document.querySelector("[data-occ-started]");
    return root && root.querySelector("h1") && !root.querySelector(".occ-loading");
  });
}
