// make pdf: prints every print pack of the built site (public/LANG/print/MODEL/)
// to public/LANG/print/MODEL.pdf, A4, with Debian's Chromium through
// playwright-core. The pages are served from loopback by the browser tests'
// static server (same headers as the real host), so the fingerprinted
// /css/ paths resolve and nothing can reach the network.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tests/browser/server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Every print pack of the built site: [{ lang, model, dir }]. */
async function packs() {
  const out = [];
  for (const lang of (await fs.readdir(root)).sort()) {
    const printDir = path.join(root, lang, "print");
    let entries;
    try {
      entries = await fs.readdir(printDir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isDirectory()) continue;
      try {
        await fs.access(path.join(printDir, e.name, "index.html"));
        out.push({ lang, model: e.name, file: path.join(printDir, e.name + ".pdf") });
      } catch {}
    }
  }
  return out.sort((a, b) => (a.lang + a.model).localeCompare(b.lang + b.model));
}

const start = Date.now();
const list = await packs();
if (list.length === 0) {
  console.error("make pdf: no print packs in public/*/print/; run make site first");
  process.exit(2);
}
const server = await serve(root);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
let failed = 0;
try {
  const context = await browser.newContext();
  await context.route("**/*", (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient"));
  const page = await context.newPage();
  for (const p of list) {
    const url = `${server.url}/${p.lang}/print/${p.model}/`;
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res || res.status() !== 200) {
      console.error(`make pdf: ${url} answered ${res && res.status()}`);
      failed++;
      continue;
    }
    await page.emulateMedia({ media: "print" });
    await page.pdf({ path: p.file, format: "A4", printBackground: true, preferCSSPageSize: true,
      displayHeaderFooter: false, tagged: true, outline: true });
    const { size } = await fs.stat(p.file);
    console.log(`  ${path.relative(process.cwd(), p.file)}  ${(size / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`make pdf: ${list.length - failed} PDFs in ${((Date.now() - start) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
