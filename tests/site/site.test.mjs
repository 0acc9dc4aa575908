// Checks over the built site (public/), without a browser: fast, run by
// `make test` after `make site`.
//  - every page has <html lang dir> right for its language;
//  - hreflang alternates are complete: the page itself, every other language
//    and x-default;
//  - every internal link and #fragment resolves (criterion anchors, cited-by
//    links, recommendation anchors, ...), in every language;
//  - nothing is loaded from, or linked to, another host;
//  - the same set of pages exists under every language;
//  - every page keeps within the weight budget (scripts/pageweight.mjs);
//  - every citation shows the kind of its source (evaluation report, draft
//    funding application, ...) in the page's language, every model page and
//    the comparison say how strong the evidence is, and no page calls all
//    four sources evaluations.
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

test("no page has two elements with the same id", () => {
  // Minified pages leave an id unquoted where it can be; both forms count.
  const bad = [];
  for (const [u, { html }] of pages) {
    const seen = new Set();
    for (const m of html.matchAll(/\sid=(?:"([^"]*)"|([^\s>"']+))/g)) {
      const id = decodeEntities(m[1] ?? m[2]);
      if (seen.has(id)) bad.push(`${u}: id "${id}"`);
      seen.add(id);
    }
  }
  assert.deepEqual(bad, [], `${bad.length} duplicate ids`);
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
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
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

// The words of a language's interface catalogue (flat key: "text" lines).
function catalogue(code) {
  const out = {};
  for (const m of fs.readFileSync(path.join(repo, "i18n", `${code}.yaml`), "utf8").matchAll(/^([a-z0-9_]+): "((?:[^"\\]|\\.)*)"/gm)) out[m[1]] = m[2];
  return out;
}
const stripTags = (s) => decodeEntities(s.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();

test("every citation shows the kind of its source, in the page's language", () => {
  const bad = [];
  for (const l of languages) {
    const words = catalogue(l.code);
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    const kind = (s) => words[`evidence_type_${s.type.replaceAll("-", "_")}`] + (s.status === "draft" ? `, ${words.evidence_status_draft}` : "");
    let n = 0;
    const kinds = new Set();
    for (const u of langPages.filter((u) => u.startsWith(`/${l.code}/`))) {
      for (const list of pages.get(u).html.matchAll(/<(?:div class="source-refs"|ol class="source-notes")>([\s\S]*?)<\/(?:div|ol)>/g)) {
        for (const li of list[1].matchAll(/<li>([\s\S]*?)<\/li>/g)) {
          n++;
          const doc = (li[1].match(/sources\/#([a-z0-9-]+)"/) || [])[1];
          const src = g.sources[doc];
          const shown = (li[1].match(/<span class="evidence-kind">\(([^<]*)\)<\/span>/) || [])[1];
          if (!src) bad.push(`${u}: citation of unknown source ${doc}`);
          else if (!words[`evidence_type_${src.type.replaceAll("-", "_")}`]) bad.push(`${l.code}: no word for source type ${src.type}`);
          else if (decodeEntities(shown ?? "") !== kind(src)) bad.push(`${u}: ${doc} shown as (${shown}), want (${kind(src)})`);
          else kinds.add(shown);
        }
      }
    }
    // Every model is cited on its own page and in the comparison, so every
    // primary source's kind appears.
    if (n < 200) bad.push(`${l.code}: only ${n} citations`);
    if (kinds.size < 5) bad.push(`${l.code}: only ${kinds.size} kinds of source shown: ${[...kinds]}`);
  }
  assert.deepEqual(bad, []);
});

// The section headings as they stand in each primary document
// (checklists/sources.yaml), with the document's language.
function originalHeadings() {
  const docs = {};
  let cur = null;
  for (const line of fs.readFileSync(path.join(repo, "checklists/sources.yaml"), "utf8").split("\n")) {
    let m = line.match(/^  - id: ([a-z0-9-]+)$/);
    if (m) docs[(cur = m[1])] = { language: "", headings: new Set() };
    else if (cur && (m = line.match(/^    language: ([a-z]+)$/))) docs[cur].language = m[1];
    else if (cur && (m = line.match(/^      - \{id: [a-z0-9-]+, heading: "(.*)"\}$/))) docs[cur].headings.add(m[1]);
  }
  return docs;
}

test("a citation names the section in the page's language, with the document's own heading in its title", () => {
  const docs = originalHeadings();
  assert.ok(Object.values(docs).filter((d) => d.headings.size).length >= 5, "the primary documents' headings");
  const bad = [];
  let n = 0;
  for (const l of languages) {
    const rtlScript = /[\u0590-\u05ff\u0600-\u06ff]/u; // a right-to-left script
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    for (const u of langPages.filter((u) => u.startsWith(`/${l.code}/`))) {
      for (const li of pages.get(u).html.matchAll(/<li>(<a href="[^"]*sources\/#([a-z0-9-]+)"[\s\S]*?)<\/li>/g)) {
        const doc = docs[li[2]];
        const sec = li[1].match(/<span class="source-refs__section">§ <bdi([^>]*)>([^<]*)<\/bdi><\/span>/);
        if (!doc || !sec) continue;
        n++;
        const shown = decodeEntities(sec[2]);
        const title = decodeEntities((sec[1].match(/ title="([^"]*)"/) || [])[1] || "");
        if (doc.language === l.code) {
          if (!doc.headings.has(shown)) bad.push(`${u}: ${li[2]} in its own language shows "${shown}", not its heading`);
          continue;
        }
        const inLang = Object.values(g.sources[li[2]].sections).find((x) => x.original === title)?.heading;
        if (!doc.headings.has(title)) bad.push(`${u}: ${li[2]}: "${shown}" has no title with the document's heading (title="${title}")`);
        else if (shown !== inLang) bad.push(`${u}: ${li[2]}: "${shown}" for "${title}", want the ${l.code} heading "${inLang}"`);
        if (l.direction !== "rtl" && rtlScript.test(shown)) bad.push(`${u}: ${li[2]}: a right-to-left heading "${shown}" on a ${l.code} page`);
      }
    }
  }
  assert.ok(n > 500, `only ${n} section citations`);
  assert.deepEqual(bad.slice(0, 20), [], `${bad.length} problems`);
});

test("every model page and the comparison say how strong the evidence is", () => {
  const bad = [];
  for (const l of languages) {
    const words = catalogue(l.code);
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    // Names as the page text reads them (stripTags folds no-break spaces).
    const models = Object.values(g.models).map((m) => ({ ...m, name: m.name.replace(/\s+/g, " ") }));
    for (const m of models) {
      const page = pages.get(`/${l.code}/models/${m.id}/`);
      const line = stripTags((page.html.match(/<p class="evidence-line">([\s\S]*?)<\/p>/) || [])[1] || "");
      const verdict = m.evidence.evaluated ? words.evidence_evaluated : words.evidence_not_evaluated;
      if (!line.startsWith(words.evidence_line) || !line.endsWith(verdict)) bad.push(`/${l.code}/models/${m.id}/: evidence line "${line}"`);
    }
    const compare = stripTags((pages.get(`/${l.code}/compare/`).html.match(/<p class="evidence-line">([\s\S]*?)<\/p>/) || [])[1] || "");
    const evaluated = models.filter((m) => m.evidence.evaluated);
    for (const m of models) if (!compare.includes(m.name)) bad.push(`/${l.code}/compare/: the evidence line does not name ${m.name}`);
    // The models listed before "not evaluated" are exactly the evaluated ones.
    const [before] = compare.split(words.evidence_compare_not_evaluated);
    for (const m of models) if (before.includes(m.name) !== evaluated.includes(m)) bad.push(`/${l.code}/compare/: ${m.name} on the wrong side of "${compare}"`);
    if (evaluated.length === models.length) bad.push(`${l.code}: every model counts as evaluated`);
  }
  assert.deepEqual(bad, []);
});

test("open points and local adaptation notes show where the fact is used, and in the print packs", () => {
  // The first words of a note as a reader sees them (Markdown marks left out).
  const opening = (md) => md.replace(/[*_`#>\[\]]/g, "").replace(/\(([^)]*)\)/g, "").split(/\s+/).filter(Boolean).slice(0, 4).join(" ");
  const bad = [];
  let n = 0;
  for (const l of languages) {
    const words = catalogue(l.code);
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    const expect = (url, kind, note) => {
      n++;
      const page = pages.get(url);
      if (!page) return bad.push(`${url}: no page`);
      const head = kind === "adapt" ? words.adapt_note : words.open_point;
      const box = [...page.html.matchAll(new RegExp(`<div class="note-box note-box--${kind}">([\\s\\S]*?)</div>`, "g"))].map((m) => stripTags(m[1]));
      if (!box.some((b) => b.startsWith(head) && b.includes(stripTags(opening(note))))) bad.push(`${url}: no ${kind} note "${opening(note)}"`);
    };
    const modelPage = (m) => `/${l.code}/models/${m === "core" ? "core" : m}/`;
    for (const m of Object.values(g.models)) {
      for (const [key, part] of Object.entries(m.sections)) if (part.open) {
        expect(modelPage(m.id), "open", part.open);
        if (["who_for", "how_it_works"].includes(key)) expect(`/${l.code}/print/${m.id}/`, "open", part.open);
      }
    }
    for (const b of Object.values(g.blocks)) if (b.open) expect(modelPage(b.model), "open", b.open);
    for (const ms of Object.values(g.measures)) if (ms.open) expect(modelPage(ms.model), "open", ms.open);
    for (const c of Object.values(g.criteria)) {
      for (const kind of ["open", "adapt"]) if (c[kind]) {
        expect(new URL(c.url, "http://site/").pathname, kind, c[kind]);
        if (c.model !== "core") expect(`/${l.code}/print/${c.model}/`, kind, c[kind]);
      }
    }
  }
  assert.deepEqual(bad, []);
  if (n === 0) console.log("# no open: or adapt: notes in the guide yet");
});

test("the comparison shows every model in one table, its sources once each as numbered notes", () => {
  const bad = [];
  for (const l of languages) {
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    const url = `/${l.code}/compare/`;
    const { html } = pages.get(url);
    if (/class="table-wrap"|tabindex="0"/.test(html)) bad.push(`${url}: the table sits in a scroll box`);
    const heads = [...html.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].length;
    if (heads !== Object.keys(g.models).length) bad.push(`${url}: ${heads} model columns, want ${Object.keys(g.models).length}`);
    if (/<table[\s\S]*class="source-refs"[\s\S]*<\/table>/.test(html)) bad.push(`${url}: a source list inside the table`);
    const notes = [...html.matchAll(/<li id="source-(\d+)">([\s\S]*?)<\/li>/g)];
    const texts = notes.map((m) => stripTags(m[2]));
    if (new Set(texts).size !== texts.length) bad.push(`${url}: a source note is repeated`);
    notes.forEach((m, i) => { if (Number(m[1]) !== i + 1) bad.push(`${url}: note ${m[1]} is number ${i + 1}`); });
    // Every cell with sources names its notes, and every note is named.
    const named = new Set([...html.matchAll(/href="#source-(\d+)"/g)].map((m) => Number(m[1])));
    for (let n = 1; n <= notes.length; n++) if (!named.has(n)) bad.push(`${url}: note ${n} is named by no cell`);
    const cells = Object.values(g.models).flatMap((m) => Object.values(m.compare)).filter((c) => c.sources.length);
    const refs = (html.match(/<p class="note-refs">/g) || []).length;
    if (refs !== cells.length) bad.push(`${url}: ${refs} cells name notes, ${cells.length} cells have sources`);
    if (notes.length < 5) bad.push(`${url}: only ${notes.length} notes`);
  }
  assert.deepEqual(bad, []);
});

test("no page calls all four sources evaluations", () => {
  // Two models rest on evaluation reports; the others on a draft funding
  // application and news, and on a programme description.
  const claims = [/\b(four|all(?: the)? four|all(?: the)?) (?:evaluated|evaluations|evaluation reports)\b/i, /\bfire (?:evaluerede|evalueringer|evalueringsrapporter)\b/i,
    /\bvs(?:e|i|eh)? (?:štiri(?:je)? )?(?:evalvirani|evalvacije|evalvacij)\b/i, /\bštiri(?:je)? (?:evalvirani|evalvacije|evalvacij)/i, /ארבע(?:ה|ת)? (?:ה)?(?:הערכות|דוחות הערכה|מודלים שהוערכו)/];
  const bad = [];
  for (const u of langPages) {
    const text = stripTags(pages.get(u).html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ""));
    for (const re of claims) {
      const m = text.match(re);
      if (m) bad.push(`${u}: "${m[0]}"`);
    }
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

// "Which model fits us" (/LANG/which-model/, layouts/fit/page.html): in
// every language each model's reason on each question cites at least one
// source section that exists on the sources page; each answer carries the
// same fits as the Go ranking's corpus (testdata/parity/fit.json), so the
// page's script ranks from the data Go ranks; the answers cannot be sent
// anywhere (method dialog, no action); and the planners page, its card on
// the home page and the models page link to it.
test("which model fits: every reason cites a source that resolves, in every language", () => {
  const vectors = JSON.parse(fs.readFileSync(path.join(repo, "testdata/parity/fit.json"), "utf8"));
  const bad = [];
  for (const l of languages) {
    const g = JSON.parse(fs.readFileSync(path.join(repo, "generated/guide", `${l.code}.json`), "utf8"));
    const u = `/${l.code}/which-model/`;
    const page = pages.get(u);
    if (!page) {
      bad.push(`${u}: no page`);
      continue;
    }
    const { html } = page;
    const reasons = [...html.matchAll(/<li id="(fit-[a-z0-9-]+)" class="fit-reason" data-model="([a-z0-9-]+)">([\s\S]*?)<\/li>\s*(?=<li id="fit-|<\/ul>)/g)];
    const want = vectors.questions.length * vectors.models.length;
    if (reasons.length !== want) bad.push(`${u}: ${reasons.length} reasons, want ${want}`);
    for (const [, id, , body] of reasons) {
      const refs = [...body.matchAll(/href="([^"]*sources\/#([a-z0-9-]+))"[\s\S]*?(?:<\/bdi><\/span>|<\/span>)/g)];
      if (refs.length === 0) bad.push(`${u}#${id}: no citation`);
      for (const [, href, doc] of refs) {
        const target = lookup(new URL(decodeEntities(href), "http://site" + u).pathname);
        if (!target || !target.ids.has(doc)) bad.push(`${u}#${id}: ${href} does not resolve`);
        if (!g.sources[doc]) bad.push(`${u}#${id}: unknown source ${doc}`);
      }
      const sections = [...body.matchAll(/class="source-refs__section[^"]*">([^<]*(?:<bdi[^>]*>[^<]*<\/bdi>)?)/g)];
      if (sections.length === 0) bad.push(`${u}#${id}: no section named`);
      if (sections.some((s) => s[1].includes("#"))) bad.push(`${u}#${id}: a section shown as a bare id (not in sources.yaml)`);
    }
    for (const q of vectors.questions) {
      for (const o of q.options) {
        const m = html.match(new RegExp(`id="fit-${q.id}-${o.id}" name="fit-${q.id}" value="${o.id}" data-fit=(['"])(.*?)\\1`));
        if (!m) bad.push(`${u}: no radio for ${q.id}/${o.id}`);
        else assert.deepEqual(JSON.parse(decodeEntities(m[2])), o.fit, `${u}: fits of ${q.id}/${o.id}`);
      }
    }
    if (!/<form id="fit-form" class="fit-form" method="dialog"/.test(html) || /<form id="fit-form"[^>]*action=/.test(html)) bad.push(`${u}: the form could submit somewhere`);
    for (const from of [`/${l.code}/planners/`, `/${l.code}/`, `/${l.code}/models/`]) {
      if (!pages.get(from)?.html.includes(`href="${u}"`)) bad.push(`${from} does not link ${u}`);
    }
  }
  assert.deepEqual(bad, []);
});
