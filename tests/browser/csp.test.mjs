// Deployment policy: one page of every page type, in every language, served
// with exactly the headers of deploy/ (securityHeaders in server.mjs, held to
// internal/cli/serve.go by TestDeployedHeaders), loads with zero console
// errors, zero Content-Security-Policy violations and zero requests to any
// host but the loopback server. The search page runs a query too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setup, openPage, siteLanguages } from "./helpers.mjs";
import { securityHeaders } from "./server.mjs";

// Page types, by path under /LANG/. status: the expected HTTP status.
const pageTypes = [
  { type: "home", path: "" },
  { type: "model", path: "models/chrysalis/" },
  { type: "core", path: "models/core/" },
  { type: "models list", path: "models/" },
  { type: "method", path: "methods/cti/" },
  { type: "compare", path: "compare/" },
  { type: "recommendations", path: "recommendations/" },
  { type: "glossary", path: "glossary/" },
  { type: "sources", path: "sources/" },
  { type: "translation status", path: "translation-status/" },
  { type: "scoring", path: "scoring/" },
  { type: "about", path: "about/" },
  { type: "privacy", path: "privacy/" },
  { type: "self-check", path: "self-check/" },
  { type: "capacity worksheet", path: "plan/" },
  { type: "which model fits", path: "which-model/" },
  { type: "print pack", path: "print/chrysalis/" },
  { type: "404", path: "no-such-page/", status: 404 },
  { type: "search", path: "search/", search: true },
];

const queries = { en: "municipality", da: "kommune", sl: "evalvacij", he: "המדריך" };

let env;
let langs;
before(async () => {
  env = await setup(); // the deployed policy, not a relaxed one
  langs = await siteLanguages();
});
after(async () => {
  await env?.close();
});

test("every page type in every language loads under the deployed headers", async (t) => {
  assert.deepEqual(langs, ["da", "en", "he", "sl"]);
  for (const lang of langs) {
    for (const pt of pageTypes) {
      await t.test(`${lang} ${pt.type}`, async () => {
        const status = pt.status || 200;
        const { context, page, log } = await openPage(env.browser, env.server.url, { allowStatus: status === 404 ? [404] : [] });
        // Collect violations as the page reports them (an init script runs
        // through DevTools, outside the page's policy).
        await context.addInitScript(() => {
          window.__cspViolations = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`),
          );
        });
        let url = `${env.server.url}/${lang}/${pt.path}`;
        if (pt.search) url += `?q=${encodeURIComponent(queries[lang] || "exit")}`;
        const res = await page.goto(url, { waitUntil: "networkidle" });
        assert.equal(res.status(), status, "HTTP status");
        const headers = res.headers();
        for (const [k, v] of Object.entries(securityHeaders)) {
          assert.equal(headers[k.toLowerCase()], v, `${k} header`);
        }
        if (pt.search) {
          const results = page.locator("pagefind-results a[href]");
          await results.first().waitFor({ timeout: 10000 });
          assert.ok((await results.count()) > 0, "search results");
          await page.waitForLoadState("networkidle");
        }
        const violations = await page.evaluate(() => window.__cspViolations || []);
        assert.deepEqual(violations, [], "Content-Security-Policy violations");
        // The 404 page is itself a 404 response, which Chromium logs once.
        const consoleErrors = log.consoleErrors.filter((m) => !(status === 404 && /status of 404 \(Not Found\)/.test(m)));
        assert.deepEqual(consoleErrors, [], "console errors");
        assert.deepEqual(log.pageErrors, [], "page errors");
        assert.deepEqual(log.thirdParty, [], "requests to another host");
        const origin = new URL(env.server.url).origin;
        const elsewhere = log.requests.filter((r) => !r.startsWith("data:") && new URL(r).origin !== origin);
        assert.deepEqual(elsewhere, [], "requests to another host");
        assert.deepEqual(log.failed, [], "failed requests");
        assert.deepEqual(log.badStatus, [], "HTTP errors");
        await context.close();
      });
    }
  }
});
