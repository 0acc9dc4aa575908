// Every built page (public/**/*.html, not Pagefind's files): loads under the
// CSP with no console errors and no failed or third-party requests, has zero
// axe violations (WCAG 2.2 AA), one h1 and headings in order, and stays
// within the page-weight budget (HTML + CSS + JS, gzipped).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import os from "node:os";
import { setup, openPage, runAxe, formatViolations } from "./helpers.mjs";
import { defaultRoot } from "./server.mjs";

export const BUDGET_BYTES = 50 * 1024;
// On /LANG/search/ Pagefind's Component UI and engine (/pagefind/*, about 49 KB
// gzipped, not ours to shrink) come on top: our own part still keeps within
// BUDGET_BYTES, and the whole page within SEARCH_TOTAL_BYTES.
export const SEARCH_TOTAL_BYTES = 64 * 1024;

async function htmlPages(dir, base = dir) {
  const out = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "pagefind") out.push(...(await htmlPages(p, base)));
    } else if (e.name.endsWith(".html")) {
      out.push("/" + path.relative(base, p).split(path.sep).join("/").replace(/index\.html$/, ""));
    }
  }
  return out.sort();
}

let env;
let pages;
before(async () => {
  env = await setup();
  pages = (await htmlPages(defaultRoot)).filter((p) => p !== "/"); // "/" is the redirect to /en/
});
after(async () => {
  await env?.close();
});

// Pages are checked CONCURRENCY at a time (one browser, a context each);
// each page is then reported as its own subtest.
const CONCURRENCY = Number(process.env.PAGE_CONCURRENCY || Math.min(6, os.availableParallelism() + 1));

async function checkPage(url) {
  const is404 = url.endsWith("/404.html");
  const { context, page, log } = await openPage(env.browser, env.server.url, { allowStatus: is404 ? [404] : [] });
  try {
    const weights = [];
    const pagefindWeights = [];
    page.on("response", async (res) => {
      const type = res.request().resourceType();
      if (["document", "stylesheet", "script"].includes(type)) {
        try {
          const n = zlib.gzipSync(await res.body(), { level: 9 }).length;
          (new URL(res.url()).pathname.startsWith("/pagefind/") ? pagefindWeights : weights).push(n);
        } catch {}
      }
    });
    await page.goto(env.server.url + url, { waitUntil: url.includes("/search/") ? "networkidle" : "load" });
    assert.deepEqual(log.consoleErrors, [], "console errors");
    assert.deepEqual(log.pageErrors, [], "page errors");
    assert.deepEqual(log.failed, [], "failed requests");
    assert.deepEqual(log.thirdParty, [], "third-party requests");
    assert.deepEqual(log.badStatus, [], "HTTP errors");

    const headings = await page.$$eval("main h1, main h2, main h3, main h4, main h5, main h6", (hs) =>
      hs.filter((h) => h.offsetParent !== null).map((h) => Number(h.tagName[1])),
    );
    assert.equal(headings.filter((l) => l === 1).length, 1, "exactly one h1 in main");
    for (let i = 1; i < headings.length; i++) {
      assert.ok(headings[i] <= headings[i - 1] + 1, `heading level jumps from h${headings[i - 1]} to h${headings[i]}`);
    }

    const violations = await runAxe(page);
    assert.equal(violations.length, 0, formatViolations(violations));

    const total = weights.reduce((a, b) => a + b, 0);
    assert.ok(total <= BUDGET_BYTES, `${total} bytes gzipped > ${BUDGET_BYTES}`);
    const withPagefind = total + pagefindWeights.reduce((a, b) => a + b, 0);
    assert.ok(withPagefind <= SEARCH_TOTAL_BYTES, `${withPagefind} bytes gzipped with Pagefind > ${SEARCH_TOTAL_BYTES}`);
  } finally {
    await context.close();
  }
}

test("every page loads cleanly, passes axe and keeps within the weight budget", async (t) => {
  assert.ok(pages.length >= 8, `only ${pages.length} pages`);
  const results = new Map();
  const queue = [...pages];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (queue.length) {
        const url = queue.shift();
        try {
          await checkPage(url);
          results.set(url, null);
        } catch (err) {
          results.set(url, err);
        }
      }
    }),
  );
  for (const url of pages) {
    await t.test(url, () => {
      const err = results.get(url);
      if (err) throw err;
    });
  }
});
