// First browser checks over the built site (public/): every language's home
// page loads cleanly under the strict CSP, passes axe (WCAG 2.2 AA), Hebrew is
// right-to-left, and printing hides the navigation chrome.
// Run: node --test tests/browser/   (after hugo and pagefind have built public/)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, runAxe, formatViolations, saveScreenshot, siteLanguages, CSP_STRICT } from "./helpers.mjs";

let env;
let langs;
before(async () => {
  // Ordinary pages must work under the plain policy: default-src 'self'.
  env = await setup({ csp: CSP_STRICT });
  langs = await siteLanguages();
});
after(async () => {
  await env?.close();
});

test("the site has the four languages", () => {
  for (const l of ["en", "da", "sl", "he"]) assert.ok(langs.includes(l), `public/${l}/index.html is missing`);
});

test("each home page loads with no console errors and no failed or third-party requests", async () => {
  for (const lang of langs) {
    const { context, page, log } = await openPage(env.browser, env.server.url);
    const res = await page.goto(`${env.server.url}/${lang}/`, { waitUntil: "load" });
    assert.equal(res.status(), 200, `${lang}: status`);
    await page.waitForLoadState("networkidle");
    assert.deepEqual(log.consoleErrors, [], `${lang}: console errors`);
    assert.deepEqual(log.pageErrors, [], `${lang}: page errors`);
    assert.deepEqual(log.failed, [], `${lang}: failed requests`);
    assert.deepEqual(log.badStatus, [], `${lang}: HTTP errors`);
    assert.deepEqual(log.thirdParty, [], `${lang}: requests to other origins`);
    const htmlLang = await page.getAttribute("html", "lang");
    assert.match(htmlLang, new RegExp(`^${lang}(-|$)`), `${lang}: html lang`);
    await context.close();
  }
});

test("each home page has zero axe violations (WCAG 2.2 AA)", async () => {
  for (const lang of langs) {
    const { context, page } = await openPage(env.browser, env.server.url);
    await page.goto(`${env.server.url}/${lang}/`, { waitUntil: "load" });
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `${lang}:\n${formatViolations(violations)}`);
    await context.close();
  }
});

test("the Hebrew home page is right-to-left", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { locale: "he-IL" });
  await page.goto(`${env.server.url}/he/`, { waitUntil: "load" });
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector("main")).direction);
  assert.equal(direction, "rtl");
  // Logical properties: the navigation starts at the right edge in RTL.
  const nav = await page.evaluate(() => {
    const ul = document.querySelector(".site-nav ul").getBoundingClientRect();
    const first = document.querySelector(".site-nav li").getBoundingClientRect();
    return { ulRight: ul.right, firstRight: first.right, firstLeft: first.left, ulLeft: ul.left };
  });
  assert.ok(Math.abs(nav.ulRight - nav.firstRight) < Math.abs(nav.firstLeft - nav.ulLeft), "first menu item sits at the right");
  await saveScreenshot(page, "he-home.png");
  await context.close();
});

test("a language link points to the same page in the other language and is marked up", async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/search/`, { waitUntil: "load" });
  const links = await page.$$eval(".lang-switcher a", (as) => as.map((a) => ({ href: a.getAttribute("href"), lang: a.lang, hreflang: a.hreflang })));
  assert.ok(links.length >= 3);
  for (const l of links) {
    assert.match(l.href, /^\/[a-z]{2,3}\/search\/$/, `switcher link ${l.href}`);
    assert.ok(l.lang && l.hreflang, "lang and hreflang on every switcher link");
  }
  const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.hreflang));
  assert.ok(alternates.includes("x-default") && alternates.includes("en-GB"), `alternates: ${alternates}`);
  await context.close();
});

test("print media hides the navigation, search and language switcher", async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/`, { waitUntil: "load" });
  assert.equal(await page.isVisible(".site-nav"), true, "nav visible on screen");
  await page.emulateMedia({ media: "print" });
  for (const sel of [".site-nav", ".lang-switcher", ".search-form"]) {
    assert.equal(await page.isVisible(sel), false, `${sel} hidden in print`);
  }
  assert.equal(await page.isVisible("main h1"), true, "content printed");
  await saveScreenshot(page, "en-home-print.png");
  await context.close();
});

test("a missing page gets the 404 page of its language", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { allowStatus: [404] });
  const res = await page.goto(`${env.server.url}/da/findes-ikke/`, { waitUntil: "load" });
  assert.equal(res.status(), 404);
  assert.match(await page.getAttribute("html", "lang"), /^da/);
  assert.equal(await page.locator("h1").count(), 1);
  // Title and breadcrumb in the page's language, not Hugo's English "404 Page not found".
  assert.match(await page.title(), /^Siden findes ikke · /);
  assert.equal(await page.locator(".breadcrumbs [aria-current=page]").textContent(), "Siden findes ikke");
  await context.close();
});

test("the root address opens the home page in the browser's language, English where the site lacks it", async () => {
  for (const [locale, want] of [["da-DK", "da"], ["sl-SI", "sl"], ["he-IL", "he"], ["en-GB", "en"], ["fr-FR", "en"]]) {
    const { context, page, log } = await openPage(env.browser, env.server.url, { locale });
    await page.goto(`${env.server.url}/`, { waitUntil: "load" });
    await page.waitForURL(new RegExp(`/${want}/$`));
    assert.match(page.url(), new RegExp(`/${want}/$`), `${locale}: ${page.url()}`);
    assert.equal(await page.getAttribute("html", "lang").then((l) => l.split("-")[0]), want, `${locale}: html lang`);
    assert.deepEqual(log.pageErrors, [], `${locale}: page errors`);
    await context.close();
  }
});

test("without JavaScript the root address still reaches the English home page", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { locale: "da-DK", javaScriptEnabled: false });
  await page.goto(`${env.server.url}/`, { waitUntil: "load" });
  await page.waitForURL(/\/en\/$/);
  assert.match(page.url(), /\/en\/$/);
  await context.close();
});
