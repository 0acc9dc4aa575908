// A workshop's twelve self-checks compared (`exitguide compare --group
// --format html`, the golden report of internal/compare TestGoldenRoom):
// the answers grid fits one projected 1920x1080 screen and one printed A4
// landscape page (10 mm margins: 277 x 190 mm, 1047 x 718 CSS px), in English
// and in Slovenian. The report is self-contained: no request leaves the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { launch, repoRoot } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const golden = (lang) => path.join(repoRoot, "internal/compare/testdata/golden", `room.${lang}.html`);

async function gridBox(html, { width, height, media }) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.emulateMedia({ media });
  await page.setContent(html, { waitUntil: "load" });
  const box = await page.evaluate(() => {
    const t = document.querySelector("table.grid");
    if (!t) return null;
    const r = t.getBoundingClientRect();
    const people = t.querySelectorAll("thead th").length;
    return { width: r.width, height: r.height, scrollWidth: t.scrollWidth, people, rows: t.querySelectorAll("tbody tr").length };
  });
  await context.close();
  return { box, requests: requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:")) };
}

for (const lang of ["en", "sl"]) {
  test(`12-person compare (${lang}): the grid fits one 1920x1080 screen and one A4 landscape page`, async () => {
    const html = await fs.readFile(golden(lang), "utf8");
    const screen = await gridBox(html, { width: 1920, height: 1080, media: "screen" });
    assert.ok(screen.box, "the report has no answers grid (table.grid)");
    assert.ok(screen.box.people >= 12, `the grid has ${screen.box.people} header cells, expected one per person (12) and more`);
    assert.ok(screen.box.width <= 1920 && screen.box.scrollWidth <= 1920, `grid ${screen.box.width} px wide on a 1920 px screen`);
    assert.ok(screen.box.height <= 1080, `grid ${Math.round(screen.box.height)} px tall on a 1080 px screen`);
    assert.deepEqual(screen.requests, [], "the report made requests");
    const print = await gridBox(html, { width: 1047, height: 718, media: "print" });
    assert.ok(print.box.width <= 1047 && print.box.scrollWidth <= 1047, `printed grid ${print.box.width} px wide on a 1047 px A4 landscape page`);
    assert.ok(print.box.height <= 718, `printed grid ${Math.round(print.box.height)} px tall on a 718 px A4 landscape page`);
    console.log(`# ${lang}: screen grid ${Math.round(screen.box.width)}x${Math.round(screen.box.height)} px, A4 landscape grid ${Math.round(print.box.width)}x${Math.round(print.box.height)} px, ${screen.box.rows} criteria`);
  });
}
