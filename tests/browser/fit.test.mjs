// "Which model fits us" (/LANG/which-model/): answered by keyboard alone,
// the page names the model the Go ranking names for the same answers
// (testdata/parity/fit.json), with its reasons and their citations; the
// answers go nowhere (no request, no query string); with no answer the
// error summary says what to do; without script the page shows what each
// answer favours; axe finds nothing in English and Hebrew, with and
// without a result; Hebrew is right-to-left; the result prints on A4.
// Screenshots go to test-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { setup, openPage, runAxe, formatViolations, saveScreenshot, repoRoot } from "./helpers.mjs";

let env;
let vectors;
before(async () => {
  env = await setup();
  vectors = JSON.parse(await fs.readFile(path.join(repoRoot, "testdata/parity/fit.json"), "utf8"));
});
after(async () => {
  await env?.close();
});

// The Go ranking of a full set of answers, from the corpus.
function expected(answers) {
  const c = vectors.cases.find((x) => JSON.stringify(Object.entries(x.answers).sort()) === JSON.stringify(Object.entries(answers).sort()));
  assert.ok(c, `no corpus case for ${JSON.stringify(answers)}`);
  return c;
}

// Answers every question by keyboard: Tab into each radio group in turn,
// Space picks the first answer, arrow keys move to the others (and pick
// them); then Tab to the button and Enter.
async function answerByKeyboard(page, answers) {
  await page.keyboard.press("Tab"); // the skip link
  await page.keyboard.press("Enter");
  for (const q of vectors.questions) {
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.name)) !== `fit-${q.id}`) {
      await page.keyboard.press("Tab");
      assert.ok(++steps < 80, `no keyboard path to question ${q.id}`);
    }
    const index = q.options.findIndex((o) => o.id === answers[q.id]);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate((name) => document.querySelector(`input[name="${name}"]:checked`)?.value, `fit-${q.id}`), answers[q.id], `answer to ${q.id}`);
  }
  let steps = 0;
  while ((await page.evaluate(() => document.activeElement?.className)) !== "fit-button") {
    await page.keyboard.press("Tab");
    assert.ok(++steps < 10, "no keyboard path to the button");
  }
  await page.keyboard.press("Enter");
  await page.waitForSelector("#fit-result:not([hidden])");
}

const cases = [
  { lang: "en", answers: { "target-group": "not-ready", housing: "housing-services", partners: "municipal-team", "time-frame": "year", funding: "fixed-term" } },
  { lang: "he", answers: { "target-group": "not-ready", housing: "no-housing", partners: "ngo-alone", "time-frame": "months", funding: "ngo-grants" } },
  { lang: "da", answers: { "target-group": "street-leaving", housing: "staged-housing", partners: "housing-partnership", "time-frame": "open-ended", funding: "own-budget" } },
  { lang: "sl", answers: { "target-group": "indoor-hidden", housing: "housing-services", partners: "municipal-team", "time-frame": "months", funding: "fixed-term" } },
];

for (const { lang, answers } of cases) {
  test(`${lang}: keyboard-only answers give the Go ranking's top model, with reasons and citations, and nothing leaves the page`, async () => {
    const want = expected(answers);
    assert.equal(want.outcome, "clear");
    const { context, page, log } = await openPage(env.browser, env.server.url);
    const url = `${env.server.url}/${lang}/which-model/`;
    await page.goto(url, { waitUntil: "networkidle" });
    const before = log.requests.length;
    await answerByKeyboard(page, answers);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "fit-result", "focus moves to the result");
    const ranking = await page.$$eval("#fit-ranking > li", (lis) => lis.map((li) => `${li.dataset.rank} ${li.dataset.model}`));
    assert.deepEqual(ranking, want.ranking.map((r) => r.split(" ").slice(0, 2).join(" ")), "the order of the Go ranking");
    const top = await page.$eval("#fit-ranking > li", (li) => ({ href: li.querySelector("h3 a").getAttribute("href"), name: li.querySelector("h3 a").textContent }));
    assert.equal(top.href, `/${lang}/models/${want.top[0]}/`);
    assert.ok((await page.textContent("#fit-outcome")).includes(top.name), "the outcome names the top model");
    // Every answer of the top model comes with its reason and citations.
    const reasons = await page.$$eval("#fit-ranking > li:first-child .fit-answer-reasons > li", (lis) => lis.map((li) => ({ text: li.querySelector(".fit-reason-text")?.textContent.trim(), refs: li.querySelectorAll(".source-refs a[href*='sources/#']").length })));
    assert.equal(reasons.length, vectors.questions.length);
    for (const r of reasons) assert.ok(r.text && r.refs > 0, JSON.stringify(r));
    assert.equal(new URL(page.url()).search, "", "no query string");
    assert.equal(new URL(page.url()).pathname, new URL(url).pathname, "no navigation");
    assert.deepEqual(log.requests.slice(before).filter((u) => !u.endsWith("/favicon.svg")), [], "no request after the page loaded (the browser may fetch the icon late)");
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    const violations = await runAxe(page);
    assert.equal(violations.length, 0, `${lang} with a result:\n${formatViolations(violations)}`);
    await saveScreenshot(page, `fit-${lang}-result.png`);
    await context.close();
  });
}

test("no answer: the error summary says what to do and leads to the first question", async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/which-model/`, { waitUntil: "networkidle" });
  await page.focus(".fit-button");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#fit-errors:not([hidden])");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "fit-errors");
  assert.equal(await page.isVisible("#fit-result"), false);
  const href = await page.getAttribute("#fit-errors a", "href");
  assert.equal(href, `#fit-${vectors.questions[0].id}-${vectors.questions[0].options[0].id}`);
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await context.close();
});

test("a tie and no clear fit are said as such, not as one winner", async () => {
  const tie = vectors.cases.find((c) => c.outcome === "tie" && Object.keys(c.answers).length === 1);
  const none = vectors.cases.find((c) => c.outcome === "no-clear-fit");
  const { context, page } = await openPage(env.browser, env.server.url);
  await page.goto(`${env.server.url}/en/which-model/`, { waitUntil: "networkidle" });
  for (const [q, o] of Object.entries(tie.answers)) await page.check(`#fit-${q}-${o}`);
  await page.click(".fit-button");
  const tieText = await page.textContent("#fit-outcome");
  for (const m of tie.top) {
    const name = await page.textContent(`#fit-ranking > li[data-model="${m}"] h3 a`);
    assert.ok(tieText.includes(name), `the tie names ${name}: ${tieText}`);
  }
  await page.reload({ waitUntil: "networkidle" });
  for (const [q, o] of Object.entries(none.answers)) await page.check(`#fit-${q}-${o}`);
  await page.click(".fit-button");
  const noneText = await page.textContent("#fit-outcome");
  assert.match(noneText, /No model fits your answers well/);
  await context.close();
});

test("Hebrew is right-to-left and passes axe before any answer", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { locale: "he-IL" });
  await page.goto(`${env.server.url}/he/which-model/`, { waitUntil: "networkidle" });
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  const dir = await page.evaluate(() => getComputedStyle(document.querySelector(".fit-fieldset")).direction);
  assert.equal(dir, "rtl");
  // The radio sits at the right, its label to its left.
  const side = await page.evaluate(() => {
    const r = document.querySelector(".fit-radio input").getBoundingClientRect();
    const l = document.querySelector(".fit-radio label").getBoundingClientRect();
    return r.left > l.left;
  });
  assert.ok(side, "radio right of its label");
  const violations = await runAxe(page);
  assert.equal(violations.length, 0, formatViolations(violations));
  await context.close();
});

test("without JavaScript: no button, and every answer shows which models it favours and why", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
  await page.goto(`${env.server.url}/en/which-model/`, { waitUntil: "load" });
  assert.equal(await page.isVisible(".fit-button"), false);
  assert.equal(await page.isVisible(".fit-noscript"), true);
  const options = await page.$$eval("#fit-why .fit-options dd", (dds) => dds.map((dd) => dd.querySelectorAll("a").length));
  assert.equal(options.length, vectors.questions.reduce((n, q) => n + q.options.length, 0));
  for (const n of options) assert.equal(n, vectors.models.length);
  assert.equal(await page.$$eval("#fit-why .fit-reason .source-refs", (x) => x.length), vectors.questions.length * vectors.models.length);
  await context.close();
});

test("the result prints on A4: questions hidden, result and reasons within the page width", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { viewport: { width: 794, height: 1123 } });
  await page.goto(`${env.server.url}/en/which-model/`, { waitUntil: "networkidle" });
  for (const [q, o] of Object.entries(cases[0].answers)) await page.check(`#fit-${q}-${o}`);
  await page.click(".fit-button");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible("#fit-form"), false, "the form is not printed");
  assert.equal(await page.isVisible("#fit-result"), true, "the result is printed");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow} px wider than an A4 page`);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 1000);
  await fs.mkdir(path.join(repoRoot, "test-artifacts"), { recursive: true });
  await fs.writeFile(path.join(repoRoot, "test-artifacts", "fit-en-result.pdf"), pdf);
  await context.close();
});
