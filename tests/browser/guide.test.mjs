// The guide in the browser: from the home page to a criterion by clicking,
// the language switcher keeping the criterion (URL fragment), the
// recommendations filter by keyboard (and everything shown without
// JavaScript), method diagrams mirrored in Hebrew, the comparison on a phone,
// and print previews without navigation chrome, with tick boxes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, saveScreenshot, CSP_STRICT } from "./helpers.mjs";

let env;
before(async () => {
  env = await setup({ csp: CSP_STRICT });
});
after(async () => {
  await env?.close();
});

async function clean(log) {
  assert.deepEqual(log.consoleErrors, [], "console errors");
  assert.deepEqual(log.pageErrors, [], "page errors");
  assert.deepEqual(log.thirdParty, [], "third-party requests");
  assert.deepEqual(log.badStatus, [], "HTTP errors");
}

async function targetInView(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return "missing";
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0 ? "in view" : `at ${Math.round(r.top)}`;
  }, id);
}

test("home -> Models -> a model -> a criterion, then Dansk and עברית land on the same criterion", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/`, { waitUntil: "load" });
  await Promise.all([page.waitForURL(/\/en\/models\/$/), page.click('.site-nav a[href="/en/models/"]')]);
  await Promise.all([page.waitForURL(/\/en\/models\/chrysalis\/$/), page.click('main a[href="/en/models/chrysalis/"]')]);
  // A criterion link on the model page (a "depends on" link).
  const id = "chrysalis.keyworker-continuity";
  await page.click(`main .criterion__deps a[href$="#${id}"] >> nth=0`);
  await page.waitForURL(new RegExp(`#${id.replace(".", "\\.")}$`));
  assert.equal(await targetInView(page, id), "in view");
  assert.equal(await page.evaluate(() => document.querySelector(":target")?.id), id);

  // The switcher now carries the fragment. lang.js updates the links on
  // hashchange, an event that comes after the new URL: wait for it (up to
  // 5 s) rather than read the link in the same instant.
  const want = `/da/models/chrysalis/#${id}`;
  await page
    .waitForFunction((w) => document.querySelector('.lang-switcher a[hreflang^="da"]')?.getAttribute("href") === w, want, { timeout: 5000 })
    .catch(() => {});
  const da = await page.getAttribute('.lang-switcher a[hreflang^="da"]', "href");
  assert.equal(da, want);
  await Promise.all([page.waitForURL(/\/da\/models\/chrysalis\//), page.click('.lang-switcher a[hreflang^="da"]')]);
  assert.equal(new URL(page.url()).hash, `#${id}`);
  assert.match(await page.getAttribute("html", "lang"), /^da/);
  assert.equal(await targetInView(page, id), "in view");

  await Promise.all([page.waitForURL(/\/he\/models\/chrysalis\//), page.click('.lang-switcher a[hreflang^="he"]')]);
  assert.equal(new URL(page.url()).hash, `#${id}`);
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  assert.equal(await targetInView(page, id), "in view");
  await clean(log);
  await context.close();
});

test("a criterion of the common core keeps its place across every language", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  // A criterion (core.referral-route) and its building block, anchored at
  // block- and its id (core.referral-routes): the block may share its id
  // with a criterion of its own.
  for (const id of ["core.referral-route", "block-core.referral-routes"]) {
    await page.goto(`${env.server.url}/sl/models/core/#${id}`, { waitUntil: "load" });
    for (const lang of ["en", "he", "da"]) {
      await Promise.all([page.waitForURL(new RegExp(`/${lang}/models/core/`)), page.click(`.lang-switcher a[hreflang^="${lang}"]`)]);
      assert.equal(new URL(page.url()).hash, `#${id}`, `${lang} ${id}`);
      assert.equal(await targetInView(page, id), "in view", `${lang} ${id}`);
    }
  }
  await clean(log);
  await context.close();
});

test("without JavaScript: every recommendation shows and the switcher still leads to the same page", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/en/recommendations/`, { waitUntil: "load" });
  assert.equal(await page.isVisible("#rec-filter"), false, "filter hidden without JS");
  const shown = await page.locator(".rec").evaluateAll((rs) => rs.filter((r) => r.offsetParent !== null).length);
  assert.ok(shown >= 30, `${shown} recommendations shown`);
  assert.equal(await page.getAttribute('.lang-switcher a[hreflang^="he"]', "href"), "/he/recommendations/");
  await context.close();
});

test("recommendations filter by model, by keyboard, with a live count", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/recommendations/`, { waitUntil: "load" });
  assert.equal(await page.isVisible("#rec-filter"), true);
  const total = await page.locator(".rec").count();
  const chrysalis = await page.locator('.rec-group[data-model="chrysalis"] .rec').count();
  assert.ok(chrysalis > 0);
  assert.equal(await page.getAttribute(".rec-filter__count", "role"), "status");
  await page.focus('#rec-filter input[value="chrysalis"]');
  await page.keyboard.press("Space");
  assert.equal(await page.isVisible('.rec-group[data-model="chrysalis"]'), false);
  assert.equal(await page.textContent(".rec-filter__count"), `Showing ${total - chrysalis} of ${total} recommendations.`);
  // Tab moves to the next model's checkbox.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.value), "cti-denmark");
  // A link to a recommendation of a hidden model shows it again.
  const first = await page.locator('.rec-group[data-model="chrysalis"] .rec').first().getAttribute("id");
  await page.evaluate((id) => { window.location.hash = id; }, first);
  await page.waitForFunction(() => !document.querySelector('.rec-group[data-model="chrysalis"]').hidden);
  assert.equal(await page.isChecked('#rec-filter input[value="chrysalis"]'), true);
  await clean(log);

  await page.goto(`${env.server.url}/he/recommendations/`, { waitUntil: "load" });
  await page.click('#rec-filter input[value="kljuc"]');
  assert.match(await page.textContent(".rec-filter__count"), /מוצגות \d+ מתוך \d+ המלצות/);
  await saveScreenshot(page, "he-recommendations.png");
  await context.close();
});

test("method diagrams: inline SVG with a title, a description and the steps as a table; mirrored in Hebrew", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  for (const lang of ["en", "he"]) {
    await page.goto(`${env.server.url}/${lang}/methods/cti/`, { waitUntil: "load" });
    const svg = page.locator("figure.diagram svg");
    assert.equal(await svg.getAttribute("role"), "img");
    const labelled = await svg.getAttribute("aria-labelledby");
    assert.ok((await page.textContent(`[id="${labelled}"]`)).trim().length > 3, "svg title");
    assert.ok(await page.locator(`[id="${await svg.getAttribute("aria-describedby")}"]`).count());
    const steps = await page.locator("table.steps tbody tr").count();
    assert.equal(steps, 4, "pre-CTI and three phases in the table");
    // Phase 1 starts at the start side: left in English, right in Hebrew.
    const [p1, p3] = await page.locator("figure.diagram .dg-bar").evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().x));
    if (lang === "en") assert.ok(p1 < p3, "phase 1 left of phase 3");
    else assert.ok(p1 > p3, "phase 1 right of phase 3 in Hebrew");
    // The open-length step is drawn before the axis, with a pattern, not a colour alone.
    assert.equal(await page.locator("figure.diagram .dg-open").count(), 1);
    await page.locator("figure.diagram").screenshot({ path: `test-artifacts/${lang}-method-cti.png` });
  }
  await page.goto(`${env.server.url}/he/methods/copenhagen-measurement/`, { waitUntil: "load" });
  assert.equal(await page.locator("figure.diagram .dg-cell").count(), 10, "ten cells on the scale");
  await saveScreenshot(page, "he-method-scale.png");
  await page.goto(`${env.server.url}/en/methods/`, { waitUntil: "load" });
  assert.ok((await page.locator("figure.diagram svg").count()) >= 5, "the methods page shows every diagram");
  await clean(log);
  await context.close();
});

test("a Hebrew model page is laid out right to left", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url, { locale: "he-IL" });
  await page.goto(`${env.server.url}/he/models/copenhagen/`, { waitUntil: "load" });
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const box = await page.evaluate(() => {
    const main = document.querySelector(".content").getBoundingClientRect();
    const h1 = document.querySelector("main h1").getBoundingClientRect();
    return { mainRight: main.right, h1Right: h1.right, dir: getComputedStyle(document.querySelector(".criterion")).direction };
  });
  assert.equal(box.dir, "rtl");
  assert.ok(Math.abs(box.mainRight - box.h1Right) < 2, "the title starts at the right");
  // Criterion ids (Latin) inside Hebrew text are isolated.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".criterion__meta code")).unicodeBidi), "isolate");
  await saveScreenshot(page, "he-model.png", { fullPage: false });
  await clean(log);
  await context.close();
});

test("the comparison fits a phone (stacked) and prints as a table", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
  await page.goto(`${env.server.url}/en/compare/`, { waitUntil: "load" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".compare td")).display), "block");
  await saveScreenshot(page, "en-compare-phone.png", { fullPage: false });
  await page.goto(`${env.server.url}/he/compare/`, { waitUntil: "load" });
  await saveScreenshot(page, "he-compare-phone.png", { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.server.url}/en/compare/`, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".compare td")).display), "table-cell");
  assert.equal(await page.isVisible(".site-nav"), false);
  await clean(log);
  await context.close();
});

test("on a laptop the comparison uses the page width and shows all four models, with no scroll box", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url, { viewport: { width: 1280, height: 900 } });
  for (const lang of ["en", "he"]) {
    await page.goto(`${env.server.url}/${lang}/compare/`, { waitUntil: "load" });
    const m = await page.evaluate(() => {
      const table = document.querySelector(".compare table");
      const cols = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
      const content = document.querySelector(".content").getBoundingClientRect();
      let scrollers = 0;
      for (let el = table; el; el = el.parentElement) if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible") scrollers++;
      return {
        cols: cols.length,
        inView: cols.every((r) => r.left >= 0 && r.right <= window.innerWidth),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        scrollers,
        tableWidth: Math.round(table.getBoundingClientRect().width),
        contentWidth: Math.round(content.width),
      };
    });
    assert.equal(m.cols, 4, `${lang}: model columns`);
    assert.ok(m.inView, `${lang}: a model column is off screen`);
    assert.ok(m.overflow <= 0 && m.scrollers === 0, `${lang}: scrolls sideways (${m.overflow}px, ${m.scrollers} scroll boxes)`);
    // Wider than the reading measure of other pages (46rem = 736px).
    assert.ok(m.tableWidth > 900, `${lang}: table only ${m.tableWidth}px wide of ${m.contentWidth}px`);
    await saveScreenshot(page, `${lang}-compare-laptop.png`, { fullPage: false });
  }
  await clean(log);
  await context.close();
});

test("no page type scrolls sideways on a 360 px phone, in any language", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  for (const lang of ["en", "da", "sl", "he"]) {
    for (const path of ["", "models/chrysalis/", "models/core/", "methods/cti/", "recommendations/", "glossary/", "sources/", "self-check/", "scoring/"]) {
      await page.goto(`${env.server.url}/${lang}/${path}`, { waitUntil: "load" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `/${lang}/${path} scrolls sideways by ${overflow}px at 360 px`);
    }
  }
  await clean(log);
  await context.close();
});

test("print preview of a model page: no navigation chrome, criteria with tick boxes, no build date", async () => {
  const { context, page, log } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/models/chrysalis/`, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  for (const sel of [".site-nav", ".lang-switcher", ".search-form", ".breadcrumbs", ".toc"]) {
    assert.equal(await page.isVisible(sel), false, `${sel} hidden in print`);
  }
  const tick = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector(".criterion"), "::before");
    return { style: s.borderTopStyle, width: parseFloat(s.width) };
  });
  assert.equal(tick.style, "solid", "tick box drawn");
  assert.ok(tick.width > 8, "tick box has a size");
  assert.equal(await page.isVisible(".site-footer .print-only"), true);
  assert.doesNotMatch(await page.textContent(".site-footer"), /\d{4}-\d{2}-\d{2}/, "no build date");
  await saveScreenshot(page, "en-model-print.png", { fullPage: false });
  await page.goto(`${env.server.url}/he/methods/cti/`, { waitUntil: "load" });
  assert.equal(await page.isVisible(".site-nav"), false);
  await saveScreenshot(page, "he-method-print.png");
  await clean(log);
  await context.close();
});
