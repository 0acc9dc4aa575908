// Prints every print pack of a built site (SITE/LANG/print/MODEL/) to
// SITE/LANG/print/MODEL.pdf, A4, with Chromium through playwright-core:
// $CHROMIUM_PATH, else Debian's /usr/bin/chromium. `make site` runs it
// after Hugo, so the site it writes links only to PDFs that exist.
//
//   node scripts/pdf.mjs [SITE]     (SITE defaults to public/)
//
// The pages are served from loopback by the browser tests' static server
// (same headers as the real host), so the fingerprinted /css/ paths resolve
// and nothing can reach the network.
//
// Reproducible: Chromium's creation and modification dates are replaced by
// SOURCE_DATE_EPOCH (the Makefile sets it to the last commit's time) and
// its structure ids renumbered (normalize), so the same page prints to the
// same bytes. Cached: a PDF is kept in
// resources/pdf/ (or $PDF_CACHE) under the SHA-256 of its page and of every local file the
// page loads, and reused while none of them changes (a rebuild of an
// unchanged site prints nothing).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../tests/browser/server.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.resolve(process.argv[2] || path.join(repo, "public"));
const cacheDir = path.resolve(process.env.PDF_CACHE || path.join(repo, "resources", "pdf"));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// Part of every cache key: change it when the options below change.
const PDF_OPTIONS = { format: "A4", printBackground: true, preferCSSPageSize: true,
  displayHeaderFooter: false, tagged: true, outline: true };

/** Every print pack of the built site: [{ lang, model, file }], sorted. */
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

/** The cache key of a pack: its HTML and every local file the page loads (style sheets, scripts, images, fonts). */
async function key(p) {
  const html = await fs.readFile(path.join(root, p.lang, "print", p.model, "index.html"));
  const h = crypto.createHash("sha256").update(JSON.stringify(PDF_OPTIONS)).update(CHROMIUM).update(html);
  const refs = [...html.toString("utf8").matchAll(/\s(?:href|src)="(\/[^"#?]+\.(?:css|m?js|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|otf))"/g)].map((m) => m[1]).sort();
  for (const ref of new Set(refs)) {
    const f = path.join(root, decodeURIComponent(ref));
    if (!f.startsWith(root + path.sep)) continue;
    const body = await fs.readFile(f).catch(() => null);
    if (body) h.update(ref).update(body);
  }
  return h.digest("hex");
}

/** PDF date string D:YYYYMMDDHHmmSS of SOURCE_DATE_EPOCH (UTC). */
function pdfDate() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH || 315532800); // 1980-01-01, as zip
  return "D:" + new Date(epoch * 1000).toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/**
 * The same bytes for the same page: Chromium's /CreationDate and /ModDate
 * become SOURCE_DATE_EPOCH, and the tagged PDF's structure ids
 * (node00000154), which Chromium numbers differently from one print to the
 * next, are renumbered by rank, which keeps their order (the /IDTree is
 * sorted by them). Every replacement has the length of what it replaces,
 * so the cross-reference offsets stay right.
 */
function normalize(buf) {
  let s = buf.toString("latin1").replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, k) => `/${k} (${pdfDate()}`);
  const ids = [...new Set([...s.matchAll(/\bnode(\d{8})\b/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const rank = new Map(ids.map((id, i) => [id, i]));
  s = s.replace(/\bnode(\d{8})\b/g, (_, id) => "node" + String(rank.get(Number(id))).padStart(8, "0"));
  return Buffer.from(s, "latin1");
}

const start = Date.now();
const list = await packs();
if (list.length === 0) {
  console.error(`pdf: no print packs in ${root}/*/print/; build the site first (make site)`);
  process.exit(2);
}
await fs.mkdir(cacheDir, { recursive: true });
const todo = [];
let cached = 0;
for (const p of list) {
  p.cache = path.join(cacheDir, (await key(p)) + ".pdf");
  try {
    await fs.copyFile(p.cache, p.file);
    cached++;
  } catch {
    todo.push(p);
  }
}
let failed = 0;
if (todo.length) {
  await fs.access(CHROMIUM).catch(() => {
    console.error(`pdf: no Chromium at ${CHROMIUM}: install Debian's chromium (make deps-browser), set CHROMIUM_PATH, or build without PDFs (make site PDF=no)`);
    process.exit(2);
  });
  const server = await serve(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const context = await browser.newContext();
    await context.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort("blockedbyclient"));
    for (const p of todo) {
      // A new page for each pack, so no state carries from one to the next.
      const page = await context.newPage();
      const url = `${server.url}/${p.lang}/print/${p.model}/`;
      const res = await page.goto(url, { waitUntil: "load" });
      if (!res || res.status() !== 200) {
        console.error(`pdf: ${url} answered ${res && res.status()}`);
        failed++;
        await page.close();
        continue;
      }
      await page.emulateMedia({ media: "print" });
      const pdf = normalize(await page.pdf(PDF_OPTIONS));
      await page.close();
      await fs.writeFile(p.cache + ".tmp", pdf);
      await fs.rename(p.cache + ".tmp", p.cache);
      await fs.copyFile(p.cache, p.file);
      console.log(`  ${path.relative(process.cwd(), p.file)}  ${(pdf.length / 1024).toFixed(0)} KB`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
// Forget what no pack of this build uses any more.
const keep = new Set(list.map((p) => path.basename(p.cache)));
for (const f of await fs.readdir(cacheDir)) if (!keep.has(f) && f.endsWith(".pdf")) await fs.rm(path.join(cacheDir, f), { force: true });
console.log(`pdf: ${list.length - failed} PDFs (${cached} unchanged, from the cache) in ${((Date.now() - start) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
