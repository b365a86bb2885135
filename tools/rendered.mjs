// Opens a route of the built site and waits until the app shows it complete.
// The app says when that is (data-occ-complete on its mount element: kept by
// src/web/takeover.rs for the whole app, and by occ-start.js by the same rule
// on built pages), so the rule is not restated here.
import { ATTR } from "./contract.mjs";
export const COMPLETE = `[${ATTR.COMPLETE}]`;

export async function openRendered(page, url) {
  await page.goto(url);
  await page.waitForSelector(COMPLETE, { state: "attached" });
}
