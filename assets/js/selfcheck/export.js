// The files the result page saves, written as `exitguide check` writes
// them: the action plan as Markdown (--format plan) and as CSV for a
// spreadsheet (--format plan-csv: UTF-8 with a byte order mark, the
// language's separator), and the whole report as one self-contained HTML
// file (no script, no request: its style is inside it).
import { h } from "./dom.js";
import { reportNodes } from "./result.js";

const MD = { "\\": "\\\\", "|": "\\|", "[": "\\[", "]": "\\]", "*": "\\*", _: "\\_", "`": "\\`", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": " " };
/** render.Markdown: text from a proposal that cannot change the Markdown around it. */
export const mdEscape = (s) => String(s ?? "").replace(/[\\|[\]*_`&<>\n]/g, (c) => MD[c]);

const PLAN_KEYS = ["report_plan_n", "report_plan_action", "report_plan_criterion", "report_plan_status", "report_plan_owner", "report_plan_due", "report_recs", "report_guide_page"];

/** The action plan as a Markdown table (report.writePlanMarkdown); url makes a guide link. */
export function planMarkdown(v, w, url = (u) => u) {
  const out = [`# ${w("report_plan_title")}: ${mdEscape(v.locality)}`, "", `${v.band} · ${v.percent} · ${v.points} · ${v.date}`, "", w("report_plan_intro"), ""];
  for (const e of v.evidence) out.push(mdEscape(e), "");
  for (const c of v.counts) out.push(c, "");
  if (v.dontKnow.length) {
    // The questions to find out come first: each may change the plan.
    out.push(`## ${w("report_dont_know")}`, "", w("report_dont_know_intro"), "");
    for (const r of v.dontKnow) out.push(`- [${mdEscape(r.question)}](${url(r.url)}) (\`${r.id}\`)`);
    out.push("");
  }
  if (!v.plan.length) return out.join("\n") + w("report_none") + "\n";
  const head = PLAN_KEYS.map((k) => w(k));
  out.push(`| ${head.join(" | ")} |`, "|" + " --- |".repeat(head.length));
  for (const r of v.plan) {
    let q = mdEscape(r.question);
    if (r.mustHave) q = `**${w("report_must_have")}:** ${q}`;
    const recs = r.recs.map((l) => `[${mdEscape(l.title)}](${url(l.url)})`).join("<br>");
    out.push(`| ${r.n} | ${mdEscape(r.action)} | ${q} | ${r.status} | ${mdEscape(r.owner)} | ${r.due} | ${recs} | [${r.id}](${url(r.url)}) |`);
  }
  return out.join("\n") + "\n";
}

// encoding/csv's rule: quote a field with the separator, a quote, a line
// break, or a leading space.
function csvField(s, sep) {
  if (s === "") return s;
  if (s.includes(sep) || /["\r\n]/.test(s) || /^\s/u.test(s)) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
// A cell a spreadsheet would run as a formula gets an apostrophe (report.csvSafe).
const csvSafe = (s) => (s !== "" && "=+-@\t\r".includes(s[0]) ? "'" + s : s);

/**
 * The action plan as CSV (report.writePlanCSV): a byte order mark (so a
 * spreadsheet reads UTF-8), the language's separator, file naming the
 * proposal file in the first column.
 */
export function planCSV(v, w, sep, file, url = (u) => u) {
  const keys = ["report_col_file", "report_plan_n", "report_plan_action", "report_plan_criterion", "report_col_criterion_id", "report_col_must_have", "report_plan_status", "report_plan_owner", "report_plan_due", "report_recs", "report_guide_page", "report_col_evidence"];
  const line = (cells) => cells.map((c) => csvField(c, sep)).join(sep) + "\n";
  let s = "\ufeff" + line(keys.map((k) => w(k)));
  for (const r of v.plan) {
    const titles = r.recs.map((l) => `${l.title} <${url(l.url)}>`).join("; ");
    const rec = [file, String(r.n), r.action, r.question, r.id, r.mustHave ? w("report_must_have") : "", r.status, r.owner, r.due, titles, url(r.url), v.evidence.join(" ")];
    s += line(rec.map(csvSafe));
  }
  return s;
}

const CSS = `:root{--ink:#1d1d1f;--muted:#5a5a66;--line:#d0d0d8;--accent:#2f5d8a;--warn:#9a3412;--ok:#166534;--soft:#f4f5f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:52rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);direction:ltr;unicode-bidi:isolate}
a{color:var(--accent)}footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.sc-panel{border:3px solid var(--accent);padding:.6rem 1rem;margin:1rem 0}.sc-band-low{border-color:var(--warn)}.sc-band-top{border-color:var(--ok)}
.sc-panel p{margin:.1rem 0}.sc-panel-band{font-size:1.6rem;font-weight:700}
.sc-meta span,.sc-meta strong{margin-inline-end:.75rem}.sc-gap{margin-bottom:1rem}.sc-gap-q{font-weight:600}
.sc-radar{margin:0}.radar{max-width:100%;height:auto}.radar .ring{fill:none;stroke:var(--line)}.radar .axis{stroke:var(--line)}
.radar .score{fill:rgba(47,93,138,.25);stroke:var(--accent);stroke-width:2}.radar .dot{fill:var(--accent)}
.radar .label{font-size:11px;fill:var(--ink)}.radar .pct{font-weight:700}
.sc-table-wrap{overflow-x:auto}
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}.sc-gap,tr{break-inside:avoid}@page{size:A4;margin:15mm}}`;

/**
 * The report as one self-contained HTML file in the page's language and
 * direction; links lead to the guide where the page is served (url).
 */
export function reportHTML(v, w, { lang, dir, url, file }) {
  const doc = document.implementation.createHTMLDocument("");
  doc.documentElement.lang = lang;
  doc.documentElement.dir = dir || "ltr";
  doc.title = `${w("report_title")}: ${v.locality}`;
  const meta = doc.createElement("meta");
  meta.setAttribute("charset", "utf-8");
  const vp = doc.createElement("meta");
  vp.name = "viewport";
  vp.content = "width=device-width, initial-scale=1";
  const style = doc.createElement("style");
  style.textContent = CSS;
  doc.head.prepend(meta);
  doc.head.append(vp, style);
  doc.body.append(
    h("main", {}, h("h1", { text: doc.title }), reportNodes(v, { w, level: 2, url, ids: false })),
    h("footer", {}, h("p", { text: w("report_footer") }), file ? h("p", { class: "id", text: file }) : null),
  );
  return "<!DOCTYPE html>\n" + doc.documentElement.outerHTML + "\n";
}
