// Shared helpers for the browser tests: Debian's Chromium through
// playwright-core (no browser download), axe-core from node_modules (never a
// CDN), and a page wrapper that records console errors and every request.
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve, defaultRoot, CSP, CSP_STRICT } from "./server.mjs";
export { CSP, CSP_STRICT };

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../..");
export const artifactsDir = path.join(repoRoot, "test-artifacts");

/** The languages of the built site: the folders of public/ that hold an index.html. */
export async function siteLanguages(root = defaultRoot) {
  const entries = await fs.readdir(root, { withFileTypes: true });
  const langs = [];
  for (const e of entries) {
    if (!e.isDirectory() || !/^[a-z]{2,3}$/.test(e.name)) continue;
    try {
      await fs.access(path.join(root, e.name, "index.html"));
      langs.push(e.name);
    } catch {}
  }
  return langs.sort();
}

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export { serve };

/** Starts the server (optionally with another CSP) and the browser; call close() in after(). */
export async function setup({ csp } = {}) {
  const server = await serve(undefined, csp ? { csp } : {});
  const browser = await launch();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a new page (own context) that records console errors, page errors,
 * failed requests, and requests leaving the test server's origin. Requests to
 * anything but the server are aborted, so a page can never reach the network.
 */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ locale: options.locale, viewport: options.viewport || { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], failed: [], thirdParty: [], requests: [], badStatus: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url === origin || url.startsWith("data:")) return route.continue();
    log.thirdParty.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") log.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => log.pageErrors.push(String(err)));
  page.on("request", (req) => log.requests.push(req.url()));
  page.on("requestfailed", (req) => {
    if (!log.thirdParty.includes(req.url())) log.failed.push(`${req.url()} ${req.failure()?.errorText}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400 && !options.allowStatus?.includes(res.status())) log.badStatus.push(`${res.status()} ${res.url()}`);
  });
  return { context, page, log };
}

const axeSource = await fs.readFile(require.resolve("axe-core/axe.min.js"), "utf8");
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe-core (injected from node_modules) with the WCAG 2.2 AA tags. */
export async function runAxe(page, { tags = AXE_TAGS, exclude = [] } = {}) {
  // Evaluated through DevTools, which the page's CSP does not govern: an
  // injected <script> would be refused (and logged) under default-src 'self'.
  const loaded = await page.evaluate(() => typeof window.axe === "object");
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, exclude }) => {
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
      const r = await window.axe.run(context, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    },
    { tags, exclude },
  );
}

/** Formats axe violations for an assertion message. */
export function formatViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join("\n    ")}`).join("\n");
}

export async function saveScreenshot(page, name, options = {}) {
  await fs.mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  await page.screenshot({ path: file, fullPage: true, ...options });
  return file;
}
