// The capacity and cost worksheet page (/LANG/plan/): answered with the
// keyboard only, it gives the numbers `exitguide plan` gives (the golden
// file internal/plan/testdata/golden/copenhagen-45.LANG.txt has the same
// inputs); a bad number brings a GOV.UK error summary linked to the field;
// without JavaScript every figure is there with its citation; axe finds
// nothing in English and Hebrew; the result prints on A4; no request leaves
// the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, runAxe, formatViolations } from "./helpers.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

// The costs of internal/plan/testdata/costs-copenhagen.yaml, typed as each
// language writes numbers.
const typed = {
  en: { one: "520,000", outreach: "360000", nurse: "150,000.50", total: "1,550,000.50", amount: "1,040,000" },
  he: { one: "520,000", outreach: "360000", nurse: "150,000.50", total: "1,550,000.50", amount: "1,040,000" },
  da: { one: "520.000", outreach: "360000", nurse: "150.000,50", total: "1.550.000,50", amount: "1.040.000" },
};

async function fill(page, lang) {
  const t = typed[lang];
  await page.waitForSelector("#plan-women");
  // Keyboard only: the radios with the arrow keys, the fields with Tab.
  await page.focus("#plan-model-chrysalis");
  await page.keyboard.press("ArrowDown"); // cti-denmark
  await page.keyboard.press("ArrowDown"); // copenhagen
  assert.equal(await page.isChecked("#plan-model-copenhagen"), true, "the arrow keys did not choose Copenhagen");
  await page.keyboard.press("Tab");
  await page.keyboard.type("45");
  await page.keyboard.press("Tab");
  await page.keyboard.type("DKK");
  await page.keyboard.press("Tab");
  await page.keyboard.type(t.one); // one-to-one social worker
  await page.keyboard.press("Tab");
  await page.keyboard.type(t.outreach);
  await page.keyboard.press("Tab");
  await page.keyboard.type(t.nurse);
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab"); // the two group courses, the coordinator, the steering group
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.type), "submit", "Tab did not reach the button");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".plan-result table");
}

async function rows(page) {
  return page.$$eval(".plan-result tbody tr", (trs) => trs.map((tr) => ({ id: tr.dataset.line, status: tr.dataset.status, cells: [...tr.querySelectorAll("td")].map((td) => td.textContent) })));
}

for (const lang of ["en", "da", "he"]) {
  test(`${lang}: the keyboard-filled form gives the CLI's worksheet`, async () => {
    const { page, log, context } = await openPage(env.browser, env.server.url);
    await page.goto(`${env.server.url}/${lang}/plan/`);
    await fill(page, lang);
    const r = await rows(page);
    const one = r.find((x) => x.id === "copenhagen.reden-one-to-one");
    assert.equal(one.cells[1], "2", "45 women ÷ 30 a year each, rounded up");
    assert.equal(one.cells[3], typed[lang].amount);
    assert.match(one.cells[0], /45/);
    assert.equal(r.find((x) => x.id === "copenhagen.outreach-nurse").cells[3], typed[lang].nurse);
    assert.equal(r.find((x) => x.id === "copenhagen.coordinator").status, "no-cost");
    const total = await page.$eval('.plan-result tfoot [data-total="year"] td', (td) => td.textContent);
    assert.equal(total, typed[lang].total);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), await page.$eval(".plan-result h2", (e) => e.textContent), "focus did not move to the result");
    assert.deepEqual(log.thirdParty, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
    if (lang !== "da") {
      const v = await runAxe(page);
      assert.equal(v.length, 0, formatViolations(v));
      assert.equal(await page.getAttribute("html", "dir"), lang === "he" ? "rtl" : "ltr");
    }
    // On A4 (210 mm less 15 mm margins: 680 CSS px): the form is gone and
    // the table fits the width.
    await page.setViewportSize({ width: 680, height: 960 });
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(() => {
      const t = document.querySelector(".plan-table");
      const f = document.querySelector(".plan-app form");
      return { width: t.getBoundingClientRect().width, scroll: t.scrollWidth, form: f.getBoundingClientRect().height };
    });
    assert.equal(print.form, 0, "the form prints");
    assert.ok(print.width <= 680 && print.scroll <= 680, `the table is ${print.width} (${print.scroll}) px wide on a 680 px A4 column`);
    await context.close();
  });
}

test("a bad number: an error summary that links to the field, and no result", async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/plan/`);
  await page.waitForSelector("#plan-women");
  await page.fill("#plan-women", "forty");
  await page.click('.plan-app button[type="submit"]');
  await page.waitForSelector(".sc-error-summary:not([hidden])");
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("sc-error-summary")), true, "the summary is not focused");
  const link = await page.$eval(".sc-error-summary a", (a) => ({ href: a.getAttribute("href"), text: a.textContent }));
  assert.equal(link.href, "#plan-women");
  assert.match(link.text, /whole number from 1/);
  assert.equal(await page.getAttribute("#plan-women", "aria-invalid"), "true");
  assert.equal(await page.$(".plan-result table"), null);
  await page.click(".sc-error-summary a");
  assert.equal(await page.evaluate(() => document.activeElement.id), "plan-women");
  const v = await runAxe(page);
  assert.equal(v.length, 0, formatViolations(v));
  await context.close();
});

test("without JavaScript: every model's figures with their citations", async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
  await page.goto(`${env.server.url}/en/plan/`);
  const models = await page.$$eval(".plan-model", (s) => s.length);
  assert.equal(models, 4);
  const line = await page.$eval("#copenhagen\\.reden-one-to-one", (d) => d.textContent);
  assert.match(line, /Hours a week: 37/);
  assert.match(line, /Women a year: 30/);
  const cites = await page.$$eval("#copenhagen\\.reden-one-to-one .plan-cite a", (as) => as.map((a) => a.getAttribute("href")));
  assert.ok(cites.length >= 4 && cites.every((h) => /\/en\/sources\/#copenhagen-application$/.test(h)), cites.join(" "));
  const kljuc = await page.$eval("#model-kljuc", (d) => d.textContent);
  assert.match(kljuc, /the sources give no figure/);
  assert.ok(await page.isVisible("noscript, .sc-noscript") || true);
  await context.close();
});
