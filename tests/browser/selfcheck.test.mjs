// The self-check page (/LANG/self-check/): answered by keyboard alone, its
// result equals `exitguide check` on the file it downloads; a broken file
// gets an error summary naming each problem; a file from `exitguide init`
// opens; nothing is requested after the page has loaded; the answers are
// kept as a draft through a guide link, Back and the language switcher,
// "Delete my answers" asks first and can be undone, and with drafts off
// the page warns before it is left; axe finds nothing in any language,
// empty, partly filled or with a result; right-to-left in Hebrew; usable
// on a phone. Screenshots go to test-artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parse as parseProposal } from "../../assets/js/selfcheck/proposal.js";
import { setup, openPage, runAxe, formatViolations, saveScreenshot, repoRoot } from "./helpers.mjs";

const run = promisify(execFile);
let env;
let tmp;
let cli;

before(async () => {
  env = await setup();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfcheck-"));
  // One build of the CLI for every check below.
  cli = path.join(tmp, "exitguide");
  await run("go", ["build", "-o", cli, "./cmd/exitguide"], { cwd: repoRoot });
});
after(async () => {
  await env?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

async function checkJSON(file) {
  let out;
  try {
    out = await run(cli, ["check", "--format", "json", file], { cwd: repoRoot });
  } catch (e) {
    assert.fail(`exitguide check ${file} failed (${e.code}):\n${e.stdout}\n${e.stderr}`);
  }
  return JSON.parse(out.stdout).reports[0];
}

async function open(lang, options = {}) {
  const o = await openPage(env.browser, env.server.url, options);
  await o.page.goto(`${env.server.url}/${lang}/self-check/`, { waitUntil: "load" });
  await o.page.waitForSelector("#selfcheck[data-ready]");
  // From here on, nothing may be requested: every request is recorded.
  o.mark = o.log.requests.length;
  o.requestsSinceReady = () => o.log.requests.slice(o.mark).filter((u) => /^https?:/.test(u));
  return o;
}

async function axeClean(page, what) {
  const v = await runAxe(page);
  assert.equal(v.length, 0, `${what}:\n${formatViolations(v)}`);
}

const active = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return { id: e.id, tag: e.tagName, type: e.type || "", name: e.name || "", value: e.value || "", checked: !!e.checked };
  });

/**
 * Answers every criterion of the open form with the keyboard alone: Tab
 * from field to field, arrow keys in each radio group, typing in the text
 * fields, Enter on "See the result". The status of the n-th criterion is
 * plan[n % plan.length].
 */
async function answerByKeyboard(page, plan) {
  const order = ["in-place", "partly", "planned", "not-started", "dont-know", "not-applicable"];
  const done = new Set();
  const typed = new Set();
  // A date field is the browser's date picker: its parts (day, month, year)
  // are typed as digits in the order of the browser's locale, and Tab moves
  // from part to part within the one field.
  const dateDigits = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language, { year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(new Date(2027, 5, 30))
      .filter((p) => /day|month|year/.test(p.type))
      .map((p) => p.value)
      .join(""),
  );
  let n = 0;
  for (let guard = 0; guard < 2000; guard++) {
    await page.keyboard.press("Tab");
    const a = await active(page);
    if (a.id === "sc-see-result") {
      await page.keyboard.press("Enter");
      return n;
    }
    if (a.id === "sc-locality") await page.keyboard.type("Northmoor Borough (test)");
    else if (a.id === "sc-organisations") await page.keyboard.type("Northmoor Council\nNorthmoor Women's Aid");
    else if (a.id === "sc-assessed-by") await page.keyboard.type("Working group");
    else if (a.type === "radio" && a.name.endsWith("-status") && !done.has(a.name)) {
      done.add(a.name);
      const want = plan[n++ % plan.length];
      const options = await page.$$eval(`input[name="${a.name}"]`, (rs) => rs.map((r) => r.value));
      const target = options.includes(want) ? want : "not-started";
      // The first radio has focus; arrows move and select.
      const steps = options.indexOf(target);
      if (steps === 0) await page.keyboard.press("Space");
      for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
      const now = await active(page);
      assert.equal(now.value, target, `arrow keys chose ${target}`);
      assert.ok(now.checked);
      assert.ok(order.includes(target));
    } else if (a.id.endsWith("-owner")) await page.keyboard.type("Head of service");
    else if (a.id.endsWith("-due") && !typed.has(a.id)) {
      typed.add(a.id);
      assert.equal(a.type, "date", "the due date is a date picker");
      await page.keyboard.type(dateDigits);
      assert.equal(await page.$eval(`#${a.id}`, (e) => e.value), "2027-06-30");
    }
    else if (a.id.endsWith("-reason")) await page.keyboard.type("Handled by the region");
    else if (a.id.endsWith("-evidence") && n % 3 === 0) await page.keyboard.type("Minutes of the board");
  }
  assert.fail("never reached the result button");
}

test("keyboard only: answer a model, see the result, download it; exitguide check gives the same result", async () => {
  const { context, page, log, requestsSinceReady } = await open("en");
  // Tick the second model's box with Tab and Space (the boxes are checkboxes: a project may combine models), then start.
  await page.focus("#sc-model");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  const model = (await active(page)).value;
  assert.equal((await active(page)).checked, true, "Space ticks the box");
  for (let i = 0; i < 10 && (await active(page)).id !== "sc-start-button"; i++) await page.keyboard.press("Tab");
  assert.equal((await active(page)).id, "sc-start-button");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#sc-form:not([hidden])");
  assert.equal((await active(page)).id, "sc-form-h", "focus moves to the form's heading");
  await axeClean(page, "en, empty form");

  const answered = await answerByKeyboard(page, ["in-place", "partly", "planned", "in-place", "not-started", "not-applicable", "dont-know", "in-place"]);
  assert.ok(answered >= 15, `${answered} criteria answered`);
  await page.waitForSelector("#sc-result:not([hidden])");
  assert.equal((await active(page)).id, "sc-result-h", "focus moves to the result's heading");
  const result = JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result));
  await axeClean(page, "en, result");
  await saveScreenshot(page, "selfcheck-en-result.png");

  // Download with the keyboard: Tab to the download button of the result.
  for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.textContent?.startsWith("Download"))); i++) await page.keyboard.press("Tab");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(download.suggestedFilename(), new RegExp(`^self-check-${model}-\\d{4}-\\d{2}-\\d{2}\\.yaml$`));
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const text = await fs.readFile(file, "utf8");
  assert.match(text, /^# yaml-language-server: \$schema=/);

  const report = await checkJSON(file);
  assert.deepStrictEqual(result, report.score, "the page's result is the CLI's");
  assert.equal(await page.textContent("#sc-band"), report.band_name);
  assert.equal(await page.textContent("#sc-percent"), `${report.score.percent.toFixed(1)}%`);
  const gapsOnPage = await page.$$eval(".sc-gap .sc-gap-q a", (as) => as.map((a) => a.getAttribute("href").split("#")[1]));
  assert.deepStrictEqual(gapsOnPage, report.score.gaps.map((g) => g.criterion), "gaps in the CLI's order, linked to the guide");
  const domainsOnPage = await page.$$eval("#sc-domain-table tbody tr", (rs) => rs.map((r) => r.dataset.domain));
  assert.deepStrictEqual(domainsOnPage, report.score.domains.map((d) => d.domain));
  if (report.score.domains.filter((d) => d.possible_quarters > 0).length >= 3) assert.ok(await page.$("svg.radar[role=img]"), "radar chart");

  // The downloaded file opens again on the page, with the same result.
  await page.click("button:has-text('Change my answers')");
  await page.click("button:has-text('Choose other models')");
  await page.setInputFiles("#sc-file", file);
  await page.waitForSelector("#sc-form:not([hidden])");
  await page.click("#sc-see-result");
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), report.score);

  assert.deepEqual(requestsSinceReady(), [], "no request after the page had loaded");
  assert.deepEqual(log.thirdParty, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  const draft = JSON.parse(await page.evaluate(() => localStorage.getItem("exitguide-selfcheck-drafts-v2")));
  assert.deepStrictEqual(Object.keys(draft.drafts), [model], "the answers are kept as a draft, by default");
  await context.close();
});

// The file a download button saves, as text.
async function downloaded(page, selector) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const file = path.join(tmp, "dl-" + d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), text: await fs.readFile(file, "utf8") };
}

// The page opens file (named name, in dir) and gives the result, the
// report's sections and the action plan files of `exitguide check`.
async function sameAsCLI(dir, name) {
  const file = path.join(dir, name);
  const report = await checkJSON(file);
  const { context, page, requestsSinceReady } = await open(report.language);
  await page.setInputFiles("#sc-file", file);
  await page.waitForSelector("#sc-form:not([hidden])");
  await page.click("#sc-see-result");
  await page.waitForSelector("#sc-result:not([hidden])");
  const s = report.score;
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), s, name);
  assert.equal(await page.textContent("#sc-band"), report.band_name, name);
  // The sections of the CLI's report, with the same criteria in the same order.
  const ids = (sel) => page.$$eval(sel, (es) => es.map((e) => e.dataset.id));
  assert.deepStrictEqual(await ids(".sc-gap"), s.gaps.map((g) => g.criterion), `${name}: gaps`);
  assert.deepStrictEqual(await ids(".sc-strengths li"), s.strengths, `${name}: strengths`);
  assert.deepStrictEqual(await ids(".sc-must-missing li"), s.must_haves_missing, `${name}: must-haves missing`);
  assert.deepStrictEqual(await ids(".sc-dont-know li"), s.dont_know || [], `${name}: questions to find out`);
  assert.deepStrictEqual(await ids(".sc-claimed li"), s.claimed_not_shown || [], `${name}: claimed, not shown`);
  assert.deepStrictEqual(await ids("#sc-plan tbody tr"), s.gaps.map((g) => g.criterion), `${name}: action plan`);
  const gapsWithBetter = await page.$$eval(".sc-gap", (es) => es.filter((e) => e.querySelectorAll("p").length > 2).length);
  assert.ok(gapsWithBetter > 0 || s.gaps.length === 0, `${name}: "how to do better" under the gaps`);

  // The action plan files are the CLI's, byte for byte (the page's links are absolute).
  const origin = env.server.url;
  const cliOut = async (format) => (await run(cli, ["check", "--format", format, name], { cwd: dir })).stdout;
  const md = await downloaded(page, "#sc-download-plan-md");
  assert.match(md.name, /^action-plan-.+-\d{4}-\d{2}-\d{2}\.md$/, md.name);
  assert.equal(md.text.replaceAll(origin, ""), await cliOut("plan"), `${name}: plan (Markdown)`);
  const csv = await downloaded(page, "#sc-download-plan-csv");
  assert.match(csv.name, /^action-plan-.+\.csv$/);
  assert.ok(csv.text.startsWith("\ufeff"), "CSV starts with a byte order mark");
  assert.equal(csv.text.replaceAll(origin, ""), await cliOut("plan-csv"), `${name}: plan (CSV)`);
  // The report: one self-contained file, the band, every gap; axe finds nothing in it.
  const html = await downloaded(page, "#sc-download-report");
  assert.match(html.name, /^self-check-report-.+-\d{4}-\d{2}-\d{2}\.html$/, html.name);
  assert.doesNotMatch(html.text, /<script|<link|src=/i, "no script, no style sheet or image to fetch");
  assert.ok(html.text.includes(report.band_name), `${name}: band in the report file`);
  for (const g of s.gaps) assert.ok(html.text.includes(g.criterion), `${name}: ${g.criterion} in the report file`);
  const viewer = await context.newPage();
  await viewer.setContent(html.text);
  assert.equal(await viewer.getAttribute("html", "dir"), report.language === "he" ? "rtl" : "ltr");
  await axeClean(viewer, `${name}: the downloaded report`);
  await viewer.close();
  assert.deepEqual(requestsSinceReady(), [], name);
  await context.close();
}

test("every example proposal opens on the page and gets the CLI's result, report and action plan, in its language", async () => {
  const dir = path.join(repoRoot, "examples");
  for (const name of (await fs.readdir(dir)).filter((f) => f.endsWith(".yaml"))) await sameAsCLI(dir, name);
});

// A project that combines two models: `exitguide init --model A,B` with
// the statuses filled in by a fixed pattern.
async function combinedFile(models, lang) {
  const { stdout } = await run(cli, ["init", "--model", models.join(","), "--lang", lang], { cwd: repoRoot });
  const pattern = ["in-place", "partly", "not-started", "dont-know", "in-place", "partly", "in-place"];
  let n = 0;
  const text = stdout
    .replace('locality: ""', 'locality: "Fjordby Kommune"')
    .replace('  - ""', '  - "Fjordby Kommune, Socialforvaltningen"')
    .replace('assessed_by: ""', 'assessed_by: "Arbejdsgruppen"')
    .replace(/    status: dont-know\n    evidence: ""/g, () => {
      const st = pattern[n++ % pattern.length];
      return `    status: ${st}\n    evidence: ${st === "in-place" && n % 2 ? '"Byrådets beslutning"' : '""'}`;
    });
  const name = `combined-${models.join("+")}-${lang}.yaml`;
  await fs.writeFile(path.join(tmp, name), text);
  return name;
}

test("a proposal that combines two models gets the CLI's result, report and action plan on the page", async () => {
  const name = await combinedFile(["cti-denmark", "copenhagen"], "da");
  const report = await checkJSON(path.join(tmp, name));
  assert.deepEqual(report.proposal.models, ["cti-denmark", "copenhagen"]);
  await sameAsCLI(tmp, name);
});

test("two models ticked in the form: the criteria of both, the core's once; the saved file lists every criterion and exitguide check reads it back", async () => {
  const { context, page, requestsSinceReady } = await open("en");
  // The criteria exitguide init writes for the two models.
  const { stdout } = await run(cli, ["init", "--model", "cti-denmark,copenhagen", "--lang", "en"], { cwd: repoRoot });
  const initIds = [...stdout.matchAll(/^  ([a-z0-9.-]+):$/gm)].map((m) => m[1]);
  assert.ok(initIds.some((id) => id.startsWith("core.")) && initIds.some((id) => id.startsWith("copenhagen.")) && initIds.some((id) => id.startsWith("cti-denmark.")));

  await page.check('input[name="sc-model"][value="cti-denmark"]');
  await page.check('input[name="sc-model"][value="copenhagen"]');
  assert.equal(await page.getAttribute('input[name="sc-model"][value="copenhagen"]', "type"), "checkbox");
  await page.click("#sc-start-button");
  await page.waitForSelector("#sc-form:not([hidden])");
  const onForm = await page.$$eval(".sc-criterion", (fs) => fs.map((f) => f.id));
  const css = (id) => "c-" + id.replace(/[^A-Za-z0-9_-]/g, "_");
  assert.equal(new Set(onForm).size, onForm.length, "each criterion once");
  assert.deepStrictEqual([...onForm].sort(), initIds.map(css).sort(), "the criteria of init");
  assert.match(await page.textContent("#sc-form-h"), / \+ /, "the heading names both models");
  await axeClean(page, "en, two models");

  // Answer the first 9 criteria; leave the rest.
  for (const [i, id] of onForm.slice(0, 9).entries()) await page.check(i % 2 ? `#${id}-status-partly` : `#${id}-status`);
  await page.fill("#sc-locality", "Northmoor Borough (test)");
  await page.fill("#sc-organisations", "Northmoor Council");
  await page.fill("#sc-assessed-by", "Working group");
  await page.click("#sc-see-result");
  await page.waitForSelector("#sc-result:not([hidden])");
  const result = JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result));
  const answeredNow = new Set(onForm.slice(0, 9));
  const notAnswered = initIds.filter((id) => !answeredNow.has(css(id)));
  assert.deepStrictEqual(result.unanswered, notAnswered);

  // The file: every criterion; those not answered as exitguide init writes them.
  const file = await downloaded(page, "#sc-download-yaml");
  assert.match(file.name, /^self-check-(cti-denmark\+copenhagen|copenhagen\+cti-denmark)-\d{4}-\d{2}-\d{2}\.yaml$/);
  assert.match(file.text, /^models: \[("cti-denmark", "copenhagen"|"copenhagen", "cti-denmark")\]$/m);
  assert.equal(file.text.split("\n")[0], stdout.split("\n")[0], "the modeline exitguide init writes (the published schema)");
  assert.deepStrictEqual([...file.text.matchAll(/^  ([a-z0-9.-]+):$/gm)].map((m) => m[1]), initIds, "every criterion, in init's order");
  for (const id of notAnswered) assert.match(file.text, new RegExp(`^  ${id.replace(/\./g, "\\.")}:\n    status: dont-know\n    evidence: ""$`, "m"), id);
  assert.match(await page.textContent(".sc-status"), new RegExp(`The ${notAnswered.length} questions not answered yet are in the file`));
  const saved = path.join(tmp, file.name);
  await fs.writeFile(saved, file.text);
  const report = await checkJSON(saved);
  assert.deepStrictEqual(report.score.dont_know, notAnswered, "check reads the open questions as don't know yet");
  assert.deepStrictEqual(report.score.unanswered, []);
  for (const k of ["earned_quarters", "possible_quarters", "percent", "band", "must_haves_missing"]) assert.deepStrictEqual(report.score[k], result[k], k);
  // Opened again, the page gives the CLI's result for the file.
  await page.click("button:has-text('Change my answers')");
  await page.click("button:has-text('Choose other models')");
  await page.setInputFiles("#sc-file", saved);
  await page.waitForSelector("#sc-form:not([hidden])");
  await page.click("#sc-see-result");
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), report.score);

  // One model less: the core's answers and the remaining model's stay.
  await page.click("button:has-text('Change my answers')");
  await page.click("button:has-text('Choose other models')");
  await page.uncheck('input[name="sc-model"][value="copenhagen"]');
  await page.click("#sc-start-button");
  await page.waitForSelector("#sc-form:not([hidden])");
  const cti = await page.$$eval(".sc-criterion", (fs) => fs.map((f) => f.id));
  assert.ok(cti.length < onForm.length && cti.every((id) => !id.startsWith("c-copenhagen")), "the Copenhagen criteria are gone");
  assert.equal(await page.isChecked(`#${onForm[0]}-status`), true, "a core answer is kept");
  // Nothing ticked: the GOV.UK error.
  await page.click("button:has-text('Choose other models')");
  await page.uncheck('input[name="sc-model"][value="cti-denmark"]');
  await page.click("#sc-start-button");
  assert.match(await page.textContent(".sc-error-summary"), /Choose at least one model/);
  assert.equal(await page.evaluate(() => document.activeElement.className), "sc-error-summary");
  assert.deepEqual(requestsSinceReady(), []);
  await context.close();
});

test("the switch 'count claims without evidence as not shown' scores as check --require-evidence does", async () => {
  // The English example with the evidence of its first two answers taken
  // out (claimed, not shown) and its third answered "don't know yet".
  const src = await fs.readFile(path.join(repoRoot, "examples", "chrysalis-northmoor-en.yaml"), "utf8");
  let n = 0;
  const text = src
    .split("\n")
    .filter((l) => !(/^    evidence: /.test(l) && n++ < 2))
    .join("\n")
    .replace(/(core\.exit-raised:\n    status: )in-place\n    evidence: [^\n]*/, "$1dont-know");
  const file = path.join(tmp, "claims.yaml");
  await fs.writeFile(file, text);
  const plainReport = await checkJSON(file);
  const { stdout } = await run(cli, ["check", "--require-evidence", "--format", "json", file], { cwd: repoRoot }).catch((e) => e);
  const required = JSON.parse(stdout).reports[0];
  assert.deepEqual(plainReport.score.claimed_not_shown, ["core.shared-position", "core.political-backing"]);
  assert.deepEqual(plainReport.score.dont_know, ["core.exit-raised"]);
  const { context, page } = await open("en");
  await page.setInputFiles("#sc-file", file);
  await page.click("#sc-see-result");
  await page.waitForSelector("#sc-result:not([hidden])");
  assert.equal(await page.isChecked("#sc-require-evidence"), false);
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), plainReport.score);
  const ids = (sel) => page.$$eval(sel, (es) => es.map((e) => e.dataset.id));
  assert.deepStrictEqual(await ids(".sc-claimed li"), plainReport.score.claimed_not_shown, "claimed, not shown");
  assert.deepStrictEqual(await ids(".sc-dont-know li"), ["core.exit-raised"], "questions to find out");
  assert.equal(await page.isChecked("#c-core_exit-raised-status-dont-know"), true, "the form shows “Don't know yet”");
  // The plan lists the questions to find out first, and counts the claims, as the CLI's does.
  const md = await downloaded(page, "#sc-download-plan-md");
  const cliPlan = (await run(cli, ["check", "--format", "plan", "claims.yaml"], { cwd: tmp })).stdout;
  assert.match(cliPlan, /core\.exit-raised/);
  assert.equal(md.text.replaceAll(env.server.url, ""), cliPlan, "plan (Markdown) with questions to find out and claims");
  const csv = await downloaded(page, "#sc-download-plan-csv");
  assert.equal(csv.text.replaceAll(env.server.url, ""), (await run(cli, ["check", "--format", "plan-csv", "claims.yaml"], { cwd: tmp })).stdout);
  assert.match(await page.textContent("#sc-result"), new RegExp(`${plainReport.score.claimed_not_shown.length} of the answers in place or partly in place name no evidence`));
  // By keyboard: Space on the switch.
  await page.focus("#sc-require-evidence");
  await page.keyboard.press("Space");
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), required.score);
  assert.equal(await page.textContent("#sc-band"), required.band_name);
  assert.equal((await active(page)).id, "sc-require-evidence", "focus stays on the switch");
  assert.match(await page.textContent(".sc-status"), new RegExp(required.band_name));
  assert.match(await page.textContent("#sc-result"), /Evidence required:/);
  await axeClean(page, "en, evidence required");
  await page.keyboard.press("Space");
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), plainReport.score);
  await context.close();
});

test("a broken file gets an error summary that names each problem, with its line", async () => {
  const { context, page, log, requestsSinceReady } = await open("en");
  const broken = [
    "proposal: 1",
    'locality: "Testby"',
    "organisations: [Testby Council]",
    "models: [chrysalis]",
    "date: 2026-13-01",
    "assessed_by: Group",
    "language: en",
    "answers:",
    "  core.shared-position:",
    "    status: planned",
    "  core.no-such-criterion:",
    "    status: in-place",
    "  core.political-backing:",
    "    status: done",
    "",
  ].join("\n");
  const file = path.join(tmp, "broken.yaml");
  await fs.writeFile(file, broken);
  const cliErr = await run(cli, ["check", file], { cwd: repoRoot }).then(
    () => null,
    (e) => e,
  );
  assert.equal(cliErr?.code, 2, "the CLI refuses it too");
  await page.setInputFiles("#sc-file", file);
  const summary = page.locator(".sc-error-summary");
  await summary.waitFor({ state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("sc-error-summary")), true, "focus on the summary");
  const items = await summary.locator("li").allTextContents();
  // The lines the CLI gives (file:LINE:col): a problem with an answer is at
  // its first field (line 10), an unknown criterion at its key (line 11).
  const expect = [/Line 5: date "2026-13-01" is not a valid date/, /Line 10: a planned criterion needs an owner/, /Line 10: a planned criterion needs a due date/, /Line 11: unknown criterion "core.no-such-criterion"/, /Line 14: "done" is not an answer status/];
  const cliLines = [...cliErr.stderr.matchAll(/broken\.yaml:(\d+):\d+:/g)].map((m) => +m[1]).sort((a, b) => a - b);
  assert.deepEqual(cliLines, [5, 10, 10, 11, 14], cliErr.stderr);
  for (const re of expect) assert.ok(items.some((i) => re.test(i)), `${re} in ${JSON.stringify(items, null, 1)}`);
  assert.equal(items.length, expect.length, JSON.stringify(items));
  assert.match(await summary.locator("h2").textContent(), /broken\.yaml/);
  await axeClean(page, "en, error summary");
  await saveScreenshot(page, "selfcheck-en-error.png");

  // A syntax error: the parser's line.
  await fs.writeFile(file, "proposal: 1\nlocality: [unclosed\nmodels: x\n");
  await page.setInputFiles("#sc-file", file);
  await page.waitForFunction(() => /Line \d+: YAML syntax error/.test(document.querySelector(".sc-error-summary")?.textContent || ""));

  // A file saved as Latin-1 (Notepad's "ANSI"): refused with the CLI's
  // message and line, never opened with "�" in place of "Å".
  await fs.writeFile(file, Buffer.concat([Buffer.from(broken.split("\n").slice(0, 1).join("\n") + '\nlocality: "'), Buffer.from([0xc5]), Buffer.from('rhus Kommune"\n')]));
  const latin1 = await run(cli, ["check", file], { cwd: repoRoot }).then(() => null, (e) => e);
  assert.match(latin1?.stderr || "", /broken\.yaml:2:\d+: (the )?file contains bytes that are not UTF-8/);
  await page.setInputFiles("#sc-file", file);
  await page.waitForFunction(() => /Line 2: (the )?file contains bytes that are not UTF-8/.test(document.querySelector(".sc-error-summary")?.textContent || ""));
  assert.ok(!(await page.locator("#sc-locality").isVisible()), "the form did not open");
  assert.deepEqual(requestsSinceReady(), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("form errors: planned needs an owner and a due date, linked from the summary to the field", async () => {
  const { context, page } = await open("da");
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  const first = await page.$eval(".sc-criterion", (f) => f.id);
  await page.check(`#${first}-status-planned`);
  await page.click("#sc-see-result");
  const summary = page.locator(".sc-error-summary");
  await summary.waitFor({ state: "visible" });
  const links = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, [`#${first}-owner`, `#${first}-due`]);
  assert.equal(await page.getAttribute(`#${first}-owner`, "aria-invalid"), "true");
  assert.match(await page.getAttribute(`#${first}-owner`, "aria-describedby"), new RegExp(`${first}-owner-err`));
  await summary.locator("a").first().click();
  assert.equal((await active(page)).id, `${first}-owner`, "the link moves focus to the field");
  await axeClean(page, "da, form errors");
  // Downloading also needs the project's details.
  await page.fill(`#${first}-owner`, "Afdelingsleder");
  await page.fill(`#${first}-due`, "2027-01-31");
  await page.click("button:has-text('Hent mine svar')");
  const links2 = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(links2, ["#sc-locality", "#sc-organisations", "#sc-assessed-by"]);
  await context.close();
});

test("an invisible direction control in a field is refused before the file is saved", async () => {
  const { context, page } = await open("he");
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  const first = await page.$eval(".sc-criterion", (f) => f.id);
  await page.check(`#${first}-status`);
  await page.fill(`#${first}-evidence`, "פרוטוקול \u202eחתום");
  await page.click("#sc-see-result");
  const summary = page.locator(".sc-error-summary");
  await summary.waitFor({ state: "visible" });
  assert.deepEqual(await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), [`#${first}-evidence`]);
  assert.match(await summary.textContent(), /U\+202E/);
  await axeClean(page, "he, invisible character");
  await context.close();
});

test("a template from exitguide init opens; JSON opens too", async () => {
  const { context, page, requestsSinceReady } = await open("sl");
  const { stdout } = await run(cli, ["init", "--model", "kljuc", "--lang", "sl"], { cwd: repoRoot });
  const file = path.join(tmp, "kljuc-init.yaml");
  await fs.writeFile(file, stdout);
  await page.setInputFiles("#sc-file", file);
  await page.waitForSelector("#sc-form:not([hidden])");
  assert.equal(await page.isVisible(".sc-error-summary"), false);
  const tags = await page.$$eval(".sc-task .sc-tag", (ts) => ts.map((t) => t.textContent));
  assert.ok(tags.length > 0 && tags.every((t) => t === "Dokončano"), JSON.stringify(tags));
  await page.click("#sc-see-result");
  await page.waitForSelector("#sc-result:not([hidden])");

  const ex = await checkJSON(path.join(repoRoot, "examples/kljuc-zgornja-lipa-sl.yaml"));
  const json = path.join(tmp, "example.json");
  const src = await fs.readFile(path.join(repoRoot, "examples/kljuc-zgornja-lipa-sl.yaml"), "utf8");
  await fs.writeFile(json, JSON.stringify(yamlToJSON(src)));
  await page.click("button:has-text('Spremeni odgovore')");
  await page.click("button:has-text('Izberite druge modele')");
  await page.setInputFiles("#sc-file", json);
  await page.waitForSelector("#sc-form:not([hidden])");
  await page.click("#sc-see-result");
  assert.deepStrictEqual(JSON.parse(await page.$eval("#selfcheck", (e) => e.dataset.result)), ex.score);
  assert.deepEqual(requestsSinceReady(), []);
  await context.close();
});

// A YAML proposal as JSON, read with the page's own reader.
function yamlToJSON(src) {
  const { doc, problems } = parseProposal(src);
  assert.ok(doc, JSON.stringify(problems));
  return doc;
}

const ready = (page) => page.waitForSelector("#selfcheck[data-ready]");

test("answers are kept as a draft through a guide link, Back, the language switcher and a reload", async () => {
  const { context, page, log } = await open("en");
  assert.equal(await page.isChecked("#sc-remember"), true, "drafts are on by default");
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  const first = await page.$eval(".sc-criterion", (f) => f.id);
  await page.check(`#${first}-status-partly`);
  await page.fill(`#${first}-evidence`, "Minutes of the board, 3 May");
  // The guide link under the question opens in the same tab; Back returns to the answers.
  await Promise.all([page.waitForURL((u) => !u.pathname.includes("/self-check/")), page.click(`#${first} .sc-guide-link a`)]);
  await page.goBack({ waitUntil: "load" });
  await ready(page);
  await page.waitForSelector("#sc-form:not([hidden])");
  assert.equal(await page.isChecked(`#${first}-status-partly`), true, "after Back");
  assert.equal(await page.inputValue(`#${first}-evidence`), "Minutes of the board, 3 May");
  // The language switcher: the same draft, in Danish.
  await Promise.all([page.waitForURL(/\/da\/self-check\//), page.click('.lang-switcher a[hreflang^="da"]')]);
  await ready(page);
  await page.waitForSelector("#sc-form:not([hidden])");
  assert.equal(await page.isChecked(`#${first}-status-partly`), true, "after switching language");
  assert.equal(await page.inputValue(`#${first}-evidence`), "Minutes of the board, 3 May");
  assert.match(await page.textContent(".sc-status"), /\(1 svar\)/, "the page says the draft was opened");
  await page.reload({ waitUntil: "load" });
  await ready(page);
  assert.equal(await page.isChecked(`#${first}-status-partly`), true, "after a reload");
  await axeClean(page, "da, draft restored");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("'Delete my answers' asks first in a dialog, can be cancelled, and can be undone", async () => {
  const { context, page } = await open("he");
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  const first = await page.$eval(".sc-criterion", (f) => f.id);
  await page.check(`#${first}-status`);
  const stored = () => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem("exitguide-selfcheck-drafts-v2") || '{"drafts":{}}').drafts).length);
  assert.equal(await stored(), 1);
  // Asks first: a modal dialog, focus on the safe choice; Escape keeps everything.
  await page.focus("#sc-delete");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#sc-delete-dialog[open]");
  assert.equal((await active(page)).id, "sc-delete-no", "focus on 'No, keep them'");
  await axeClean(page, "he, delete dialog");
  await saveScreenshot(page, "selfcheck-he-delete-dialog.png", { fullPage: false });
  await page.keyboard.press("Escape");
  await page.waitForSelector("#sc-delete-dialog:not([open])", { state: "attached" });
  assert.equal((await active(page)).id, "sc-delete", "focus back on the button");
  assert.equal(await page.isChecked(`#${first}-status`), true, "nothing deleted");
  assert.equal(await stored(), 1);
  // Yes: the form and the draft go, and Undo (which has the focus) brings them back.
  await page.click("#sc-delete");
  await page.click("#sc-delete-yes");
  await page.waitForSelector("#sc-start:not([hidden])");
  assert.equal(await stored(), 0, "the draft is deleted");
  assert.equal((await active(page)).id, "sc-undo");
  assert.match(await page.textContent(".sc-undo"), /נמחקו/);
  await axeClean(page, "he, after deleting");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#sc-form:not([hidden])");
  assert.equal(await page.isChecked(`#${first}-status`), true, "undone");
  assert.equal(await stored(), 1, "the draft is back");
  assert.equal(await page.isHidden(".sc-undo"), true);
  await context.close();
});

test("with drafts turned off nothing is stored, and leaving with answers not saved asks first", async () => {
  const { context, page } = await open("sl");
  await page.uncheck("#sc-remember");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ["exitguide-selfcheck-drafts-off"], "only the choice, no answer");
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  const first = await page.$eval(".sc-criterion", (f) => f.id);
  await page.check(`#${first}-status-planned`);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ["exitguide-selfcheck-drafts-off"]);
  const asked = new Promise((resolve) =>
    page.on("dialog", async (d) => {
      resolve(d.type());
      await d.accept();
    }),
  );
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, "beforeunload");
  // Next visit: the choice is remembered, and there is nothing to restore.
  const again = await context.newPage();
  await again.goto(`${env.server.url}/sl/self-check/`, { waitUntil: "load" });
  await ready(again);
  assert.equal(await again.isChecked("#sc-remember"), false);
  assert.equal(await again.isVisible("#sc-start"), true);
  assert.equal(await again.$("#sc-continue"), null);
  await context.close();
});

for (const lang of ["en", "da", "sl", "he"]) {
  test(`axe: no violations in ${lang}, empty, partly filled and with a result`, async () => {
    const { context, page, log, requestsSinceReady } = await open(lang);
    assert.equal(await page.getAttribute("html", "dir"), lang === "he" ? "rtl" : "ltr");
    assert.match(await page.textContent(".sc-privacy"), /./);
    await axeClean(page, `${lang}, empty`);
    if (lang === "en" || lang === "he") await saveScreenshot(page, `selfcheck-${lang}-empty.png`);
    await page.check("#sc-model");
    await page.click("#sc-start-button");
    const ids = await page.$$eval(".sc-criterion", (fs) => fs.map((f) => f.id));
    for (const [i, id] of ids.slice(0, 6).entries()) await page.check(`#${id}-status${["", "-partly", "-not-started"][i % 3]}`);
    const tags = await page.$$eval(".sc-task .sc-tag", (ts) => ts.map((t) => t.className));
    assert.ok(tags.some((c) => /blue|green/.test(c)) && tags.some((c) => /grey/.test(c)), "task list shows progress");
    await axeClean(page, `${lang}, partly filled`);
    if (lang === "he") await saveScreenshot(page, `selfcheck-${lang}-form.png`);
    await page.click("#sc-see-result");
    await page.waitForSelector("#sc-result:not([hidden])");
    await axeClean(page, `${lang}, result`);
    if (lang === "he") await saveScreenshot(page, `selfcheck-${lang}-result.png`);
    assert.deepEqual(requestsSinceReady(), []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test("on a phone: no sideways scrolling, and the result prints on A4", async () => {
  const { context, page } = await open("en", { viewport: { width: 360, height: 740 } });
  await page.check("#sc-model");
  await page.click("#sc-start-button");
  // The widest right edge (left edge in Hebrew) of anything the self-check draws.
  const width = () =>
    page.evaluate(() => Math.max(...[...document.querySelectorAll("#selfcheck *")].filter((e) => e.offsetParent).map((e) => e.getBoundingClientRect().right)));
  assert.ok((await width()) <= 360, `form is ${await width()}px wide`);
  await page.click("#sc-see-result");
  await page.waitForSelector("#sc-result:not([hidden])");
  assert.ok((await width()) <= 360, `result is ${await width()}px wide`);
  await saveScreenshot(page, "selfcheck-en-phone-result.png");
  await page.emulateMedia({ media: "print" });
  const hidden = await page.evaluate(() => ["#sc-form", ".sc-privacy", ".site-nav", ".sc-actions"].map((s) => getComputedStyle(document.querySelector(s) || document.body).display));
  assert.deepEqual(hidden.slice(0, 2), ["none", "none"]);
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 1000);
  await fs.writeFile(path.join(repoRoot, "test-artifacts", "selfcheck-en-result.pdf"), pdf);
  await context.close();
});

// The whole page, gzipped: HTML, CSS, scripts and the criteria data (the
// budget of issue 6 is 100 KB; search is not on this page). Itemised in the
// test output and in test-artifacts/selfcheck-weight.json.
test("page weight: HTML + CSS + JS + data at most 100 KB gzipped in every language", async () => {
  const zlib = await import("node:zlib");
  const report = {};
  for (const lang of ["en", "da", "sl", "he"]) {
    const { context, page } = await openPage(env.browser, env.server.url);
    const items = [];
    page.on("response", async (res) => {
      try {
        const body = await res.body();
        const p = new URL(res.url()).pathname;
        const kind = p.endsWith(".css") ? "css" : p.endsWith(".js") ? "js" : p.endsWith(".json") ? "data" : "html";
        items.push({ kind, file: p.replace(/\.[0-9a-f]{64,}\./, "."), bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
      } catch {}
    });
    await page.goto(`${env.server.url}/${lang}/self-check/`, { waitUntil: "networkidle" });
    await page.waitForSelector("#selfcheck[data-ready]");
    const total = items.reduce((a, b) => a + b.gzip, 0);
    report[lang] = { total, items };
    assert.ok(total <= 100 * 1024, `${lang}: ${total} bytes gzipped`);
    await context.close();
  }
  await fs.mkdir(path.join(repoRoot, "test-artifacts"), { recursive: true });
  await fs.writeFile(path.join(repoRoot, "test-artifacts", "selfcheck-weight.json"), JSON.stringify(report, null, 2));
  for (const [lang, r] of Object.entries(report)) {
    console.log(`self-check ${lang}: ${(r.total / 1024).toFixed(1)} KB gzipped = ${r.items.map((i) => `${i.file} ${(i.gzip / 1024).toFixed(1)}`).join(", ")}`);
  }
});
