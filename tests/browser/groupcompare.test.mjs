// The group compare page (/LANG/group-compare/): a trainer adds twelve
// participants' self-checks and one broken file; the broken file shows its
// problems with its line, and the twelve are compared as `exitguide
// compare` compares them: the downloaded draft consensus and HTML report
// are the CLI's bytes (--consensus-out, --format html --base-url), the
// answers grid fits one 1920x1080 screen and one printed A4 landscape
// page, nothing is requested after the page has loaded, axe finds nothing
// in English and Hebrew, and the keyboard alone does it all. The files are
// a twelve-person room of the parity corpus (testdata/parity/compare.json:
// mixed dates, localities spelt three ways, don't know, notes).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { setup, openPage, runAxe, formatViolations, saveScreenshot, repoRoot } from "./helpers.mjs";

const run = promisify(execFile);
let env;
let tmp;
let cli;
let room; // the twelve files, in order
let broken;
let runs = 0; // exitguide compare runs, each into its own folder
let dated; // three dated self-checks of one project (progress over time)

before(async () => {
  env = await setup();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "groupcompare-"));
  cli = path.join(tmp, "exitguide");
  await run("go", ["build", "-o", cli, "./cmd/exitguide"], { cwd: repoRoot });
  const corpus = JSON.parse(await fs.readFile(path.join(repoRoot, "testdata/parity/compare.json"), "utf8"));
  const group = corpus.groups.find((g) => g.name === "room-12");
  await fs.mkdir(path.join(tmp, "room"));
  room = [];
  for (const f of group.files) {
    const file = path.join(tmp, "room", f.name);
    await fs.writeFile(file, f.text);
    room.push(file);
  }
  const prog = corpus.groups.find((g) => g.name === "progress-3");
  dated = [];
  for (const f of prog.files) {
    const file = path.join(tmp, "room", "dated-" + f.name);
    await fs.writeFile(file, f.text);
    dated.push(file);
  }
  // A participant's file with a typo in a status and a field name, and
  // one that is not a self-check at all.
  broken = path.join(tmp, "room", "zz-broken.yaml");
  await fs.writeFile(broken, group.files[0].text.replace("status: in-place", "status: in-plcae").replace("assessed_by:", "asessed_by:"));
});
after(async () => {
  await env?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

async function open(lang, options = {}) {
  const o = await openPage(env.browser, env.server.url, options);
  await o.page.goto(`${env.server.url}/${lang}/group-compare/`, { waitUntil: "load" });
  await o.page.waitForSelector("#groupcompare[data-ready]");
  o.mark = o.log.requests.length;
  o.requestsSinceReady = () => o.log.requests.slice(o.mark).filter((u) => /^https?:/.test(u));
  return o;
}

async function addFiles(page, files) {
  await page.setInputFiles("#gc-files", files);
  await page.waitForSelector(`#groupcompare[data-files="${files.length}"]`);
}

async function downloaded(page, selector, how = "click") {
  const [d] = await Promise.all([page.waitForEvent("download"), how === "click" ? page.click(selector) : page.keyboard.press("Enter")]);
  const file = path.join(tmp, "dl-" + d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), text: await fs.readFile(file, "utf8") };
}

/** What exitguide compare writes for the same files: the consensus and the HTML report. */
async function cliCompare(files, lang, base, extra = []) {
  const out = path.join(tmp, `cli-${lang}-${++runs}`);
  await fs.mkdir(out, { recursive: true });
  const cons = extra.includes("--over-time") ? [] : ["--consensus-out", out];
  extra = extra.filter((x) => x !== "--over-time");
  await run(cli, ["compare", ...files, "--lang", lang, "--format", "html", "--base-url", base, "--out", out, ...cons, ...extra], { cwd: repoRoot });
  const names = await fs.readdir(out);
  const progress = names.find((x) => /^progress-.*\.html$/.test(x));
  if (progress) {
    const n = progress;
    return { report: { name: n, text: await fs.readFile(path.join(out, n), "utf8") } };
  }
  const read = async (re) => {
    const n = names.find((x) => re.test(x));
    return { name: n, text: await fs.readFile(path.join(out, n), "utf8") };
  };
  return { consensus: await read(/^consensus-.*\.yaml$/), report: await read(/^compare-.*\.html$/) };
}

async function axeClean(page, what) {
  const v = await runAxe(page);
  assert.equal(v.length, 0, `${what}:\n${formatViolations(v)}`);
}

test("twelve files and a broken one: the broken file's problems at their lines, the twelve compared as the CLI compares them", async () => {
  const { context, page, log, requestsSinceReady } = await open("en", { viewport: { width: 1920, height: 1080 } });
  await addFiles(page, [...room, broken]);
  // The broken file: named with its lines in the error summary and in its row.
  const summary = await page.locator(".sc-error-summary").innerText();
  assert.match(summary, /zz-broken\.yaml: Line \d+: /, summary);
  assert.match(summary, /in-plcae/, "the status typo is named");
  assert.match(summary, /asessed_by/, "the unknown field is named");
  assert.equal(await page.locator("tr.gc-bad").count(), 1);
  assert.match(await page.locator("#gc-files").evaluate(() => document.activeElement.className), /sc-error-summary/, "the summary takes the focus");
  // The twelve others: one grid column per person, the rows of compare.
  const grid = page.locator(".gc-view table.grid").first();
  assert.equal(await grid.locator("thead th").count(), 2 + 12 + 3);
  const notes = await page.locator(".gc-view p.note").allInnerTexts();
  assert.ok(notes.some((n) => /Not every file has the same date/.test(n)), `the mode note: ${notes}`);
  assert.ok(notes.some((n) => /write the locality in different ways/.test(n)), `the localities note: ${notes}`);
  // On one 1920x1080 screen.
  await grid.scrollIntoViewIfNeeded();
  const rect = (t) => {
    const r = t.getBoundingClientRect();
    return { w: r.width, h: r.height, left: r.left, right: r.right, sw: Math.max(t.scrollWidth, document.documentElement.scrollWidth) };
  };
  const box = await grid.evaluate(rect);
  assert.ok(box.w <= 1920 && box.sw <= 1920, `grid ${box.w} px wide, page ${box.sw} px, on a 1920 px screen`);
  assert.ok(box.left >= 0 && box.right <= 1920, `grid from ${box.left} to ${box.right} px: not all on the screen`);
  assert.ok(box.h <= 1080, `grid ${Math.round(box.h)} px tall on a 1080 px screen`);
  await saveScreenshot(page, "groupcompare-en-1920.png", { fullPage: false });
  // The downloads are the CLI's bytes for the same files (--lang en, links to this site).
  const want = await cliCompare(room, "en", env.server.url);
  const cons = await downloaded(page, "#gc-download-consensus");
  assert.equal(cons.name, want.consensus.name);
  assert.equal(cons.text, want.consensus.text, "the draft consensus is compare --consensus-out's file");
  const report = await downloaded(page, "#gc-download-report");
  assert.equal(report.name, want.report.name);
  assert.equal(report.text, want.report.text, "the comparison is compare --format html's file");
  // And require-evidence, as compare --require-evidence.
  await page.check("#gc-require-evidence");
  const wantRE = await cliCompare(room, "en", env.server.url, ["--require-evidence"]);
  assert.equal((await downloaded(page, "#gc-download-consensus")).text, wantRE.consensus.text, "--require-evidence");
  assert.equal((await downloaded(page, "#gc-download-report")).text, wantRE.report.text, "--require-evidence report");
  // Printed: the grid on one A4 landscape page (277 x 190 mm: 1047 x 718 CSS px).
  await page.setViewportSize({ width: 1047, height: 718 });
  await page.emulateMedia({ media: "print" });
  const print = await grid.evaluate(rect);
  assert.ok(print.w <= 1047 && print.sw <= 1047, `printed grid ${print.w} px wide on a 1047 px page`);
  assert.ok(print.left >= 0 && print.right <= 1047, `printed grid from ${print.left} to ${print.right} px: not all on the page`);
  assert.ok(print.h <= 718, `printed grid ${Math.round(print.h)} px tall on a 718 px page`);
  assert.equal(await page.locator(".gc-drop").isVisible(), false, "the form is not printed");
  console.log(`# en: screen grid ${Math.round(box.w)}x${Math.round(box.h)} px, A4 landscape grid ${Math.round(print.w)}x${Math.round(print.h)} px`);
  assert.deepEqual(requestsSinceReady(), [], "requests after the page loaded");
  assert.deepEqual([log.thirdParty, log.pageErrors, log.consoleErrors], [[], [], []]);
  await context.close();
});

test("a file removed leaves the rest compared; two files of different models are refused with both named", async () => {
  const { context, page } = await open("da");
  await addFiles(page, room.slice(0, 3));
  assert.equal(await page.locator(".gc-view table.grid").first().locator("thead th").count(), 2 + 3 + 3);
  await page.click("#gc-f1-remove");
  assert.equal(await page.locator(".gc-view table.grid").first().locator("thead th").count(), 2 + 2 + 3);
  assert.equal(await page.evaluate(() => document.activeElement.id), "gc-f2-remove", "the focus goes to the next file");
  const other = path.join(tmp, "other-model.yaml");
  await fs.writeFile(other, (await fs.readFile(room[0], "utf8")).replace("models: [chrysalis]", "models: [kljuc]").replace(/\nanswers:[\s\S]*$/, "\nanswers: {}\n"));
  await page.setInputFiles("#gc-files", [other]);
  await page.waitForSelector(".gc-need");
  assert.match(await page.locator(".gc-need").innerText(), /other-model\.yaml: kljuc/);
  await context.close();
});

test("dated self-checks: progress over time as compare --progress shows it, or one group when asked", async () => {
  const { context, page, requestsSinceReady } = await open("en");
  await addFiles(page, dated);
  // Every date different: inferred as progress, said so.
  assert.match(await page.locator("#gc-title").innerText(), /^Progress over time: /);
  assert.match(await page.locator(".gc-view").innerText(), /Every file has a different date/);
  assert.equal(await page.locator("#gc-download-consensus").count(), 0, "no consensus over time");
  // compare with no flag infers the same and says so in its report.
  const inferred = await cliCompare(dated, "en", env.server.url, ["--over-time"]);
  const report = await downloaded(page, "#gc-download-report");
  assert.equal(report.name, inferred.report.name);
  assert.equal(report.text, inferred.report.text, "compare's inferred progress report");
  const want = await cliCompare(dated, "en", env.server.url, ["--over-time", "--progress"]);
  // Asked: progress (no note, the bytes of compare --progress).
  await page.check("#gc-mode-progress");
  assert.equal((await downloaded(page, "#gc-download-report")).text, want.report.text, "compare --progress's file");
  // Asked: one group (the bytes of compare --group).
  await page.check("#gc-mode-group");
  assert.match(await page.locator("#gc-title").innerText(), /^Self-checks compared: /);
  const group = await cliCompare(dated, "en", env.server.url, ["--group"]);
  assert.equal((await downloaded(page, "#gc-download-consensus")).text, group.consensus.text, "compare --group's consensus");
  assert.equal((await downloaded(page, "#gc-download-report")).text, group.report.text, "compare --group's report");
  await axeClean(page, "en: progress and group modes");
  assert.deepEqual(requestsSinceReady(), []);
  await context.close();
});

for (const lang of ["en", "he"]) {
  test(`axe finds nothing on the group compare page (${lang}), empty and with twelve files and a broken one`, async () => {
    const { context, page } = await open(lang);
    if (lang === "he") assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    await axeClean(page, `${lang}: empty`);
    await addFiles(page, [...room, broken]);
    await axeClean(page, `${lang}: compared`);
    await saveScreenshot(page, `groupcompare-${lang}.png`);
    await context.close();
  });
}

// chooserByKeyboard presses Space on the focused file field and returns the
// file chooser it opens. Playwright starts catching file choosers when the
// first listener is added, asynchronously: on a busy machine the first key
// press can come before that, and its chooser is never reported (seen once
// in a fresh-clone make test under load 15). The press is then made again.
async function chooserByKeyboard(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 10000 }), page.keyboard.press("Space")]);
      return chooser;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

test("keyboard only: choose the files, download the draft consensus", async () => {
  const { context, page } = await open("sl");
  // Tab to the file field and open it with the keyboard.
  let focused = "";
  for (let i = 0; i < 60 && focused !== "gc-files"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id || "");
  }
  assert.equal(focused, "gc-files", "the file field is reached with Tab");
  const chooser = await chooserByKeyboard(page);
  await chooser.setFiles(room.slice(0, 4));
  await page.waitForSelector('#groupcompare[data-files="4"]');
  for (let i = 0; i < 40 && focused !== "gc-download-consensus"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.id || "");
  }
  assert.equal(focused, "gc-download-consensus", "the download button is reached with Tab");
  const cons = await downloaded(page, null, "keyboard");
  const want = await cliCompare(room.slice(0, 4), "sl", env.server.url);
  assert.equal(cons.text, want.consensus.text);
  await context.close();
});

// The catalogue marks a command with backticks; the page shows it as code
// (left to right even in Hebrew), never the backticks themselves.
test("the require-evidence hint shows the command as code, in every language", async () => {
  for (const lang of ["en", "da", "sl", "he"]) {
    const { context, page } = await open(lang);
    const hint = page.locator("#gc-require-evidence-hint");
    assert.equal(await hint.locator("code").innerText(), "exitguide check --require-evidence", lang);
    assert.equal((await hint.innerText()).includes("`"), false, `${lang}: ${await hint.innerText()}`);
    const dir = await hint.locator("code").evaluate((e) => getComputedStyle(e).direction);
    assert.equal(dir, "ltr", lang);
    await context.close();
  }
});
