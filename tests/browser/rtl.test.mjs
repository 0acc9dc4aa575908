// Right-to-left: number ranges, times and dates inside Hebrew text read in
// the right order, and Latin names stay on one line. The site isolates them
// (layouts/_partials/bidi.html): ranges in <span class="ltr">, Latin names
// in <bdi class="latin"> (white-space: nowrap). Checked by where the
// browser draws them, on a phone-width page: the first number of a range
// is drawn left of the last.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage } from "./helpers.mjs";

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

// Every range in the page's text: is it inside an isolating element, and
// is its first number drawn left of its last? Returns what is wrong.
function checkRanges() {
  const bad = [];
  let n = 0;
  const walker = document.createTreeWalker(document.querySelector("main") || document.body, NodeFilter.SHOW_TEXT);
  const re = /\d+(?:[.,:]\d+)*%?\s?[-–—]\s?\d+(?:[.,:]\d+)*%?/g;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("script, style, code, .id, [dir=ltr], .visually-hidden")) continue;
    for (const m of node.data.matchAll(re)) {
      n++;
      const isolated = el.closest(".ltr, bdi, .num");
      if (!isolated) bad.push(`not isolated: "${m[0]}" in <${el.tagName.toLowerCase()}>`);
      const parts = m[0].split(/\s?[-–—]\s?/);
      const first = document.createRange();
      first.setStart(node, m.index);
      first.setEnd(node, m.index + parts[0].length);
      const last = document.createRange();
      last.setStart(node, m.index + m[0].length - parts[parts.length - 1].length);
      last.setEnd(node, m.index + m[0].length);
      const a = first.getBoundingClientRect(), b = last.getBoundingClientRect();
      // Same line only: a range broken over two lines has no left-right order.
      if (Math.abs(a.top - b.top) < 2 && a.left >= b.left) bad.push(`reads backwards: "${m[0]}"`);
    }
  }
  return { n, bad };
}

const pages = ["/he/facilitator-guide/", "/he/models/copenhagen/", "/he/models/cti-denmark/", "/he/models/chrysalis/", "/he/about/", "/he/print/copenhagen/"];

test("ranges, times and dates in Hebrew text read left to right, on the site and in the print packs", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
  let total = 0;
  const bad = [];
  for (const p of pages) {
    await page.goto(env.server.url + p, { waitUntil: "load" });
    const r = await page.evaluate(checkRanges);
    total += r.n;
    bad.push(...r.bad.map((b) => `${p}: ${b}`));
  }
  assert.deepEqual(bad, []);
  assert.ok(total >= 10, `only ${total} ranges found on ${pages.length} pages`);
  // The check tells the difference: the facilitator guide's first timetable
  // range written with an en dash reads backwards once its isolation is
  // taken away, and right inside it.
  await page.goto(env.server.url + "/he/facilitator-guide/", { waitUntil: "load" });
  const demo = await page.evaluate(() => {
    const span = [...document.querySelectorAll("main .ltr")].find((s) => /^\d\d:\d\d-\d\d:\d\d$/.test(s.textContent));
    if (!span) return "no timetable range in an isolating span";
    span.textContent = span.textContent.replace("-", "–");
    const probe = (root) => {
      const t = [...root.childNodes].find((c) => c.nodeType === 3 && /–/.test(c.data)) || root.firstChild;
      const i = t.data.indexOf("–");
      const a = document.createRange(); a.setStart(t, i - 5); a.setEnd(t, i);
      const b = document.createRange(); b.setStart(t, i + 1); b.setEnd(t, i + 6);
      return a.getBoundingClientRect().left < b.getBoundingClientRect().left;
    };
    const inside = probe(span);
    span.replaceWith(document.createTextNode(span.textContent));
    const p = [...document.querySelectorAll("main *")].find((e) => [...e.childNodes].some((c) => c.nodeType === 3 && /\d\d:\d\d–\d\d:\d\d/.test(c.data)));
    return { inside, outside: probe(p) };
  });
  assert.deepEqual(demo, { inside: true, outside: false }, "an en-dash range reads right when isolated and backwards when not");
  await context.close();
});

test("Latin names in Hebrew text are isolated and never break across lines", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
  const bad = [];
  let total = 0;
  for (const p of pages) {
    await page.goto(env.server.url + p, { waitUntil: "load" });
    const r = await page.evaluate(() => {
      const out = [];
      // Headings may wrap a long name rather than overflow (main.css).
      const names = [...document.querySelectorAll("main bdi.latin")].filter((b) => !b.closest("h1, h2"));
      for (const b of names) {
        if (getComputedStyle(b).whiteSpace !== "nowrap") out.push(`"${b.textContent}" may wrap`);
        // Lines it is drawn on: its boxes' distinct tops (an isolated run
        // inside it may be a box of its own on the same line).
        const tops = new Set([...b.getClientRects()].map((r) => Math.round(r.top / 4)));
        if (tops.size !== 1) out.push(`"${b.textContent}" is drawn on ${tops.size} lines`);
      }
      return { n: names.length, out, texts: names.map((b) => b.textContent.replace(/\s+/g, " ").replace("’", "'")) };
    });
    total += r.n;
    bad.push(...r.out.map((b) => `${p}: ${b}`));
    if (p === "/he/models/chrysalis/") for (const name of ["St Mungo's", "Outcomes Star"]) if (!r.texts.includes(name)) bad.push(`${p}: "${name}" is not one isolated name`);
  }
  assert.deepEqual(bad, []);
  assert.ok(total >= 20, `only ${total} Latin names found`);
  await context.close();
});
