// Search: the plain form in the header leads to /LANG/search/?q=..., where
// Pagefind's Component UI (served from /pagefind/ on this site) searches the
// index of that language only. Slovenian interface strings come from
// data/pagefind/sl.yaml because Pagefind ships none.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, runAxe, formatViolations, saveScreenshot } from "./helpers.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const cases = [
  { lang: "en", q: "municipality", summary: /result/i },
  { lang: "da", q: "kommune", summary: /resultat/i },
  { lang: "sl", q: "evalvacij", summary: /zadet/i },
  { lang: "he", q: "המדריך", summary: /תוצא/ },
];

for (const c of cases) {
  test(`search in ${c.lang} finds pages of that language only`, async () => {
    const { context, page, log } = await openPage(env.browser, env.server.url);
    await page.goto(`${env.server.url}/${c.lang}/`, { waitUntil: "load" });
    await page.fill("#site-search-q", c.q);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press("#site-search-q", "Enter")]);
    const results = page.locator("pagefind-results a[href]");
    await results.first().waitFor({ timeout: 10000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.ok(hrefs.length > 0, "at least one result");
    for (const h of hrefs) assert.match(h, new RegExp(`^/${c.lang}/`), `result ${h} is in ${c.lang}`);
    const summary = await page.locator("pagefind-summary").innerText();
    assert.match(summary, c.summary, `summary in ${c.lang}: ${summary}`);
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.pageErrors, [], "page errors");
    assert.deepEqual(log.thirdParty, [], "third-party requests");
    assert.deepEqual(log.failed, [], "failed requests");
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    if (c.lang === "he" || c.lang === "sl") await saveScreenshot(page, `${c.lang}-search.png`);
    await context.close();
  });
}

// A model page is found by the model's Latin name and by its local name, in
// every language's search: the page carries the names it goes by in every
// language (hidden, for the index only).
const names = [
  { q: "Chrysalis", model: "chrysalis" },
  { q: "קריסאליס", model: "chrysalis" },
  { q: "København", model: "copenhagen" },
  { q: "Ključ", model: "kljuc" },
];
test("search finds a model page by its Latin and its local name, in every language, and no print pack", async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  const missing = [];
  for (const lang of ["en", "da", "sl", "he"]) {
    for (const n of names) {
      await page.goto(`${env.server.url}/${lang}/search/?q=${encodeURIComponent(n.q)}`, { waitUntil: "load" });
      // Pagefind's own API on the page, so the check does not depend on how
      // many results the Component UI lists.
      const urls = await page.evaluate(async (q) => {
        const pf = await import("/pagefind/pagefind.js");
        const r = await pf.search(q);
        return Promise.all(r.results.slice(0, 10).map(async (x) => (await x.data()).url));
      }, n.q);
      if (!urls.some((u) => u.startsWith(`/${lang}/models/${n.model}/`))) missing.push(`${lang} "${n.q}": ${urls.join(" ") || "no results"}`);
      // A print pack repeats its model page for paper: it is not a result.
      const packs = urls.filter((u) => /\/print\/[^/]+\//.test(u));
      if (packs.length) missing.push(`${lang} "${n.q}" lists print packs: ${packs.join(" ")}`);
    }
  }
  assert.deepEqual(missing, []);
  await context.close();
});
