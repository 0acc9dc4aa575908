// Checks over the built site (public/), without a browser: fast, run by
// `make test` after `make site`.
//  - every page has <html lang dir> right for its language;
//  - hreflang alternates are complete: the page itself, every other language
//    and x-default;
//  - every internal link and #fragment resolves (criterion anchors, cited-by
//    links, recommendation anchors, ...), in every language;
//  - nothing is loaded from, or linked to, another host;
//  - the same set of pages exists under every language;
//  - every page keeps within the weight budget (scripts/pageweight.mjs).
// Run: node --test tests/site/
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const root = path.resolve(process.env.SITE_DIR || path.join(repo, "public"));
const languages = fs
  .readFileSync(path.join(repo, "config/_default/languages.toml"), "utf8")
  .split(/\n(?=\[)/)
  .map((t) => {
    const code = (t.match(/^\[([a-z]{2,3})\]/m) || [])[1];
    const locale = (t.match(/locale = "([^"]+)"/) || [])[1];
    const direction = (t.match(/direction = "([^"]+)"/) || [])[1] || "ltr";
    return code && { code, locale, direction };
  })
  .filter(Boolean);
const byCode = Object.fromEntries(languages.map((l) => [l.code, l]));

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "pagefind") walk(p, out);
    } else if (e.name.endsWith(".html")) out.push(p);
  }
  return out;
}
// URL path of a file: /en/models/ for public/en/models/index.html.
const urlOf = (file) => "/" + path.relative(root, file).split(path.sep).join("/").replace(/(^|\/)index\.html$/, "$1");
const files = walk(root);
const pages = new Map(); // url -> { file, html, ids:Set }
for (const f of files) {
  const html = fs.readFileSync(f, "utf8");
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));
  pages.set(urlOf(f), { file: f, html, ids });
}
const langPages = [...pages.keys()].filter((u) => /^\/[a-z]{2,3}\//.test(u));

function decodeEntities(s) {
  return s.replace(/&amp;/g, "&").replace(/&#43;/g, "+").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}
function attrs(html, tag, attr) {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, "g");
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1]));
}
// Resolves a site path to a built page, as the server does.
function lookup(p) {
  if (pages.has(p)) return pages.get(p);
  if (!p.endsWith("/") && !path.extname(p) && pages.has(p + "/")) return pages.get(p + "/");
  const file = path.join(root, p);
  if (file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) return { ids: new Set() };
  return null;
}

test("the site is built with every language", () => {
  assert.ok(languages.length >= 4, `languages: ${languages.map((l) => l.code)}`);
  for (const l of languages) assert.ok(pages.has(`/${l.code}/`), `/${l.code}/ is missing`);
});

test("the same pages exist under every language", () => {
  const sets = Object.fromEntries(languages.map((l) => [l.code, new Set(langPages.filter((u) => u.startsWith(`/${l.code}/`)).map((u) => u.slice(l.code.length + 2)))]));
  const en = sets.en;
  assert.ok(en.size >= 30, `only ${en.size} English pages`);
  for (const l of languages) {
    const missing = [...en].filter((u) => !sets[l.code].has(u));
    const extra = [...sets[l.code]].filter((u) => !en.has(u));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `/${l.code}/ differs from /en/`);
  }
  for (const must of ["models/", "models/core/", "compare/", "methods/", "recommendations/", "glossary/", "sources/", "translation-status/", "scoring/", "404.html", "search/"]) {
    assert.ok(en.has(must), `/en/${must} is missing`);
  }
});

test("every page has <html lang dir> of its language", () => {
  const bad = [];
  for (const u of langPages) {
    const l = byCode[u.split("/")[1]];
    const m = pages.get(u).html.match(/<html\b[^>]*>/);
    const lang = m && (m[0].match(/\slang="([^"]*)"/) || [])[1];
    const dir = m && (m[0].match(/\sdir="([^"]*)"/) || [])[1];
    if (lang !== l.locale || dir !== l.direction) bad.push(`${u}: lang=${lang} dir=${dir}`);
  }
  assert.deepEqual(bad, []);
});

test("hreflang alternates: the page itself, every other language and x-default", () => {
  const bad = [];
  for (const u of langPages) {
    const { html } = pages.get(u);
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => ({ hreflang: m[1], href: m[2] }));
    const want = [...languages.map((l) => l.locale), "x-default"];
    const have = links.map((l) => l.hreflang);
    const missing = want.filter((w) => !have.includes(w));
    if (missing.length) bad.push(`${u}: no ${missing.join(", ")}`);
    const self = links.find((l) => l.hreflang === byCode[u.split("/")[1]].locale);
    if (self && self.href !== u) bad.push(`${u}: its own alternate is ${self.href}`);
    for (const l of links) {
      if (!lookup(l.href)) bad.push(`${u}: alternate ${l.hreflang} ${l.href} does not exist`);
      else if (l.hreflang !== "x-default" && !l.href.startsWith(`/${languages.find((x) => x.locale === l.hreflang).code}/`)) bad.push(`${u}: ${l.hreflang} -> ${l.href}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("every internal link and #fragment resolves, in every language", () => {
  const bad = [];
  let checked = 0;
  let fragments = 0;
  for (const [u, { html, ids }] of pages) {
    for (const raw of attrs(html, "a", "href")) {
      if (/^(mailto|tel):/i.test(raw)) continue;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(raw)) continue; // external: reported by the next test
      const url = new URL(raw, "http://site" + u);
      const target = url.pathname === new URL("http://site" + u).pathname && !raw.startsWith("/") && raw.startsWith("#") ? pages.get(u) : lookup(decodeURIComponent(url.pathname));
      checked++;
      if (!target) {
        bad.push(`${u}: ${raw} (no such page)`);
        continue;
      }
      if (url.hash.length > 1) {
        fragments++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!target.ids.has(id)) bad.push(`${u}: ${raw} (no id "${id}" there)`);
      }
    }
  }
  assert.ok(checked > 1000 && fragments > 500, `checked ${checked} links, ${fragments} with fragments`);
  assert.deepEqual(bad.slice(0, 50), [], `${bad.length} broken links`);
});

test("every style sheet, script, icon and image a page loads exists, and every page declares its icon", () => {
  const bad = [];
  for (const [u, { html }] of pages) {
    const loads = [
      ...[...html.matchAll(/<link\b[^>]*\srel="(?:stylesheet|icon)"[^>]*>/g)].map((m) => (m[0].match(/\shref="([^"]*)"/) || [])[1]),
      ...attrs(html, "script", "src"),
      ...attrs(html, "img", "src"),
    ];
    if (!/<link\b[^>]*\srel="icon"/.test(html)) bad.push(`${u}: no <link rel="icon"> (browsers then ask for /favicon.ico)`);
    for (const raw of loads) {
      if (raw === undefined) continue;
      const target = lookup(decodeURIComponent(new URL(raw, "http://site" + u).pathname));
      if (!target) bad.push(`${u}: loads ${raw}, which is not there`);
    }
  }
  assert.ok(fs.existsSync(path.join(root, "favicon.ico")), "no /favicon.ico for requests that are not pages");
  assert.deepEqual(bad.slice(0, 50), [], `${bad.length} missing`);
});

test("the JSON Schemas are published at their $id, as in schemas/", () => {
  const site = (fs.readFileSync(path.join(repo, "internal/guide/urls.go"), "utf8").match(/const SiteURL = "([^"]+)"/) || [])[1];
  assert.ok(site, "no SiteURL constant in internal/guide/urls.go");
  const names = fs.readdirSync(path.join(repo, "schemas")).filter((f) => f.endsWith(".schema.json")).sort();
  assert.ok(names.includes("proposal.schema.json"), `schemas: ${names}`);
  const published = fs.readdirSync(path.join(root, "schemas")).sort();
  assert.deepEqual(published, names, "public/schemas/ holds exactly the schemas");
  for (const n of names) {
    const body = fs.readFileSync(path.join(root, "schemas", n));
    assert.ok(body.equals(fs.readFileSync(path.join(repo, "schemas", n))), `public/schemas/${n} differs from schemas/${n}`);
    assert.equal(JSON.parse(body).$id, `${site}schemas/${n}`, `${n}: $id is not the address it is published at`);
  }
});

test("criterion URLs from the guide data and cited-by links all land on their anchors", () => {
  const bad = [];
  for (const l of languages) {
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/data/guide", `${l.code}.json`), "utf8"));
    const urls = [
      ...Object.values(g.criteria).map((c) => c.url),
      ...Object.values(g.sources).flatMap((s) => s.cited_by.map((c) => c.url)),
      ...Object.keys(g.recommendations).map((id) => `/${l.code}/recommendations/#${id}`),
    ];
    for (const raw of urls) {
      const url = new URL(raw, "http://site/");
      const target = lookup(decodeURIComponent(url.pathname));
      if (!target) bad.push(`${raw}: no page`);
      else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) bad.push(`${raw}: no anchor`);
    }
  }
  assert.deepEqual(bad, []);
});

test("no page loads or links anything from another host", () => {
  const bad = [];
  for (const [u, { html }] of pages) {
    // Attributes that fetch or navigate; plain text may mention addresses.
    for (const m of html.matchAll(/\s(src|href|srcset|action|poster|data|xlink:href|formaction)="([^"]*)"/g)) {
      const v = m[2].trim();
      if (/^(https?:)?\/\//i.test(v) || /^(javascript|ftp|ws|wss):/i.test(v)) bad.push(`${u}: ${m[1]}="${v}"`);
    }
    if (/<(iframe|object|embed)\b/i.test(html)) bad.push(`${u}: embeds another document`);
    if (/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/i.test(html)) bad.push(`${u}: inline script`);
    if (/\sstyle="/i.test(html) || /<style\b/i.test(html)) bad.push(`${u}: inline style`);
    if (/\son[a-z]+="/i.test(html)) bad.push(`${u}: inline event handler`);
  }
  for (const f of walk(root, []).length ? fs.readdirSync(path.join(root, "css")) : []) {
    const css = fs.readFileSync(path.join(root, "css", f), "utf8");
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+)/g)) if (/^(https?:)?\/\//i.test(m[1])) bad.push(`css/${f}: url(${m[1]})`);
    if (/@import/.test(css)) bad.push(`css/${f}: @import`);
  }
  assert.deepEqual(bad, []);
});

test("untranslated texts are marked lang=en under their notice", () => {
  for (const u of langPages) {
    const { html } = pages.get(u);
    const notices = (html.match(/class="untranslated"/g) || []).length;
    if (notices) assert.match(html, /lang="en(-[A-Z]+)?"/, `${u}: notice but no English mark-up`);
  }
});

test("no page is larger than the weight budget (scripts/pageweight.mjs)", () => {
  const out = execFileSync(process.execPath, [path.join(repo, "scripts/pageweight.mjs"), root], { encoding: "utf8" });
  assert.match(out, /^pages: \d+/);
});
