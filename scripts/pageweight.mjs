// Page weight report: for every HTML page of a built site, the gzipped size
// of the page plus the CSS and JavaScript it loads from the site (the search
// index, fetched on demand, is not counted). Prints the heaviest pages and
// the median; exits 1 if a page is over the budget (50 KB). With --tsv it
// also prints machine-readable lines (bytes, tab-separated) for scripts:
//   weight\tmedian\tBYTES      weight\theaviest\tBYTES\tPAGE
//   weight\tpage\tBYTES\tPAGE  (the page given with --page, e.g. /en/self-check/index.html)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const tsv = args.includes('--tsv');
const pageArg = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
const root = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--page') || 'public');
const budget = Number(process.env.PAGE_BUDGET_KB || 50) * 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const cache = new Map();
const assetSize = (p) => {
  if (!cache.has(p)) cache.set(p, existsSync(p) ? gz(readFileSync(p)) : 0);
  return cache.get(p);
};
const pages = [];
const walk = (d) => {
  for (const e of readdirSync(d)) {
    const p = join(d, e);
    if (statSync(p).isDirectory()) { if (e !== 'pagefind') walk(p); }
    else if (e.endsWith('.html')) pages.push(p);
  }
};
walk(root);
const rows = pages.map((p) => {
  const html = readFileSync(p, 'utf8');
  let total = gz(Buffer.from(html));
  const refs = [...html.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:css|js))"/g)].map((m) => m[1]);
  for (const r of new Set(refs)) {
    if (/^[a-z]+:/i.test(r) || r.includes('/pagefind/')) continue;
    const file = r.startsWith('/') ? join(root, r) : join(dirname(p), r);
    total += assetSize(file);
  }
  return { page: '/' + relative(root, p), bytes: total };
}).sort((a, b) => b.bytes - a.bytes);
const kb = (b) => (b / 1024).toFixed(1) + ' KB';
const median = rows.length ? rows[Math.floor(rows.length / 2)].bytes : 0;
console.log(`pages: ${rows.length}; median page weight ${kb(median)} gzipped; heaviest:`);
for (const r of rows.slice(0, 5)) console.log(`  ${kb(r.bytes).padStart(9)}  ${r.page}`);
if (tsv) {
  console.log(`weight\tmedian\t${median}`);
  if (rows.length) console.log(`weight\theaviest\t${rows[0].bytes}\t${rows[0].page}`);
  if (pageArg) {
    const r = rows.find((x) => x.page === pageArg);
    console.log(`weight\tpage\t${r ? r.bytes : 'missing'}\t${pageArg}`);
  }
}
const over = rows.filter((r) => r.bytes > budget);
if (over.length) {
  console.log(`${over.length} page(s) over the ${kb(budget)} budget`);
  process.exitCode = 1;
}
