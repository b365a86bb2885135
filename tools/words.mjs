// The trust's words in index.html (its title, description, header and the
// messages shown before the app starts or when it cannot), filled in from the
// content's site.json, so no trust's name is written into the page by hand.
// Run by the post-build hook, and again by tools/prerender.mjs, so an editor
// who changes site.json on a live site and rebuilds the pages gets them too.
// Each place is found by its element and marker, so filling is repeatable.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ATTR, ROOT_ID } from "./contract.mjs";

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/// site.json from a content directory, with the fields index.html needs checked.
export function readSite(contentDir) {
  const site = JSON.parse(readFileSync(join(contentDir, "site.json"), "utf8"));
  for (const field of ["trust_name", "site_name", "summary"]) {
    if (typeof site[field] !== "string" || !site[field].trim()) throw new Error(`site.json: ${field} is missing`);
  }
  for (const link of ["jobs", "trust_website"]) {
    if (!/^https:\/\/[^\s"'<>]+$/.test(site[link]?.url || "")) throw new Error(`site.json: ${link}.url is not an https:// address`);
  }
  return site;
}

/// index.html with the trust's words from `site` in every marked place.
export function fillWords(html, site) {
  const link = (l) => `<a href="${escape(l.url)}">${escape(l.text)}</a>`;
  const whereElse = `${link(site.jobs)}, or contact ${escape(site.trust_name)} through its website, ${link(site.trust_website)}.`;
  // [where, what goes there]; a function's arguments are the match and its groups.
  const places = [
    [/<title>[^<]*<\/title>/, () => `<title>${escape(site.site_name)} - ${escape(site.trust_name)}</title>`],
    [/<meta name="description" content="[^"]*">/, () => `<meta name="description" content="${escape(site.summary)}">`],
    [/(<span class="occ-header__trust">)[^<]*(<\/span>)/g, (_, a, b) => a + escape(site.trust_name) + b],
    // The app's own setting for its header until site.json has loaded (docs/deploying.md, data-trust-name).
    [new RegExp(`(<div id="${ROOT_ID}"[^>]* ${ATTR.TRUST_NAME}=")[^"]*(")`), (_, a, b) => a + escape(site.trust_name) + b],
    [/(<span class="occ-header__service">)[^<]*(<\/span>)/g, (_, a, b) => a + escape(site.site_name) + b],
    [new RegExp(`(<p class="occ-lede" ${ATTR.WORDS}="summary">)[^<]*(</p>)`, "g"), (_, a, b) => a + escape(site.summary) + b],
    [new RegExp(`(<p ${ATTR.WORDS}="where-else">)[\\s\\S]*?(</p>)`, "g"), (_, a, b) => a + whereElse + b],
  ];
  for (const [pattern, fill] of places) {
    if (!html.match(pattern)) throw new Error(`index.html has no place for ${pattern}`);
    html = html.replace(pattern, fill);
  }
  return html;
}
