// Several participants' self-checks of one project, compared in the
// browser as `exitguide compare --group` compares them (internal/compare):
// the mode inferred from the dates, the notes said first, the spread per
// criterion with the most disagreement first, the consensus draft as the
// proposal file the CLI writes (compare.WriteConsensus, byte for byte),
// and the comparison as the self-contained HTML file of `compare --format
// html` (the same doc, laid out by the same rules). Pure: no DOM, no I/O,
// no clock. testdata/parity/compare.json (written by a Go test) and
// tests/parity/compare.test.mjs hold it to the Go code.
//
// An input is {file, proposal, result}: the file's name, the proposal as
// proposal.js fromDoc reads it, and its score (score.js). w is a words
// object: w.lang, w.t(key, args) (the shared catalogue, i18n/LANG.yaml).
import { STATUSES, DONT_KNOW, NOT_APPLICABLE, quarters, criteriaFor, score, trimSpace, pctText, numText, tenthsOf, bandRank } from "./score.js";

export const MODE_GROUP = "group";
export const MODE_PROGRESS = "progress";
export const SAME_DATE = "same-date";
export const ALL_DATES_DIFFER = "all-dates-differ";
export const MIXED_DATES = "mixed-dates";

/** The catalogue keys this module words its output with (the page's data file must carry them). */
export const COMPARE_KEYS = [
  "compare_group_title", "compare_group_intro", "compare_mode_inferred_group", "compare_mode_inferred_progress", "compare_localities_differ",
  "compare_participants", "compare_participant", "compare_file", "compare_criterion", "compare_spread", "compare_answers", "compare_consensus_col",
  "compare_tie_short", "compare_tie", "compare_tie_lower", "compare_disagree", "compare_no_disagreement", "compare_spread_explained", "compare_legend",
  "compare_domains", "compare_domain", "compare_total", "compare_band", "compare_chart_title", "compare_chart_series", "compare_chart_desc",
  "compare_consensus", "compare_consensus_intro", "compare_agreed", "compare_to_discuss", "compare_unanswered", "compare_must_have",
  "compare_footer", "compare_yaml_head", "compare_yaml_how", "compare_yaml_settle", "compare_yaml_nobody",
  "compare_progress_title", "compare_progress_intro", "compare_score_change", "compare_change", "compare_pp", "compare_from_to",
  "compare_band_up", "compare_band_down", "compare_band_same", "compare_chart_title_time", "compare_chart_series_time", "compare_moved_up",
  "compare_moved_down", "compare_changed_other", "compare_nothing", "compare_timeline", "compare_date", "report_points",
  "report_score", "report_points_of", ...STATUSES.map((s) => "report_status_" + s.replace(/-/g, "_")),
];

// Go's unicode.IsSpace, for strings.Fields.
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const fields = (s) => String(s).split(SPACE).filter(Boolean);
const runes = (s) => [...s].length;
const has = (m, k) => m != null && Object.prototype.hasOwnProperty.call(m, k);
// Go's string order (bytes; the same as UTF-16 order for the ids and dates compared).
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** compare.Infer: the mode when none was asked for, and why. */
export function infer(ins) {
  const dates = new Set(ins.map((i) => i.proposal.date));
  if (dates.size === 1) return { mode: MODE_GROUP, why: SAME_DATE };
  if (dates.size === ins.length) return { mode: MODE_PROGRESS, why: ALL_DATES_DIFFER };
  return { mode: MODE_GROUP, why: MIXED_DATES };
}

/** compare.Dates: the different dates of the files, oldest first. */
export function dates(ins) {
  return [...new Set(ins.map((i) => i.proposal.date))].sort(cmp);
}

/** compare.CommonDate: the date most files have; on a tie the latest of them. */
export function commonDate(ins) {
  const count = new Map();
  let best = "";
  const n = (d) => count.get(d) || 0;
  for (const i of ins) {
    const d = i.proposal.date;
    count.set(d, n(d) + 1);
    if (n(d) > n(best) || (n(d) === n(best) && d > best)) best = d;
  }
  return best;
}

/**
 * compare.Mismatch: how files differ that should be self-checks of one
 * project, [{what: "models"|"localities", values: [each file's]}].
 */
export function mismatch(ins) {
  const out = [];
  const differ = (what, f) => {
    if (ins.slice(1).some((i) => f(i) !== f(ins[0]))) out.push({ what, values: ins.map(f) });
  };
  differ("models", (i) => [...i.proposal.models].sort(cmp).join(", "));
  differ("localities", (i) => trimSpace(i.proposal.locality));
  return out;
}

/** filepath.Base of a file's name. */
export const baseName = (f) => String(f).split("/").pop();

/** compare.Names: who made each self-check, or the file's name where two share a name. */
export function names(ins) {
  const count = new Map();
  for (const i of ins) {
    const n = trimSpace(i.proposal.assessed_by);
    count.set(n, (count.get(n) || 0) + 1);
  }
  return ins.map((i) => {
    const n = trimSpace(i.proposal.assessed_by);
    if (n !== "" && count.get(n) === 1) return n;
    const b = baseName(i.file);
    const dot = b.lastIndexOf(".");
    return dot >= 0 ? b.slice(0, dot) : b;
  });
}

/**
 * compare.Notes as messages [{key, args}]: why the mode was chosen when
 * it was inferred (why from infer; "" when it was asked for), and the
 * localities when the files write the locality in different ways.
 */
export function noteMessages(ins, why) {
  const out = [];
  if (why === MIXED_DATES) out.push({ key: "compare_mode_inferred_group", args: { dates: dates(ins).join(", ") } });
  else if (why === ALL_DATES_DIFFER) out.push({ key: "compare_mode_inferred_progress", args: {} });
  for (const d of mismatch(ins)) {
    if (d.what !== "localities") continue;
    const seen = [...new Set(d.values)];
    out.push({ key: "compare_localities_differ", args: { localities: "“" + seen.join("”, “") + "”", locality: ins[0].proposal.locality } });
  }
  return out;
}

/** compare.Notes: the notes in w's words. */
export const notes = (w, ins, why) => noteMessages(ins, why).map((m) => w.t(m.key, m.args));

/** The name of an answer status ("" unanswered) in w's words. */
const statusName = (w, st) => (st ? w.t("report_status_" + st.replace(/-/g, "_")) : w.t("compare_unanswered"));

// rank orders the statuses on the credit scale for breaking ties;
// not-applicable and dont-know sort above in-place.
function rank(q, st) {
  if (st === NOT_APPLICABLE) return 100;
  if (st === DONT_KNOW) return 99;
  return q[st] || 0;
}

/**
 * compare.BuildGroupWith: the group view of self-checks of one project
 * made on the same day; opts as score.js (requireEvidence), for the
 * consensus's score. Returns {lang, inputs, names, notes, rows,
 * disagreeing, consensus, consensusResult}; notes are left to the caller.
 */
export function buildGroup(g, ins, w, opts = {}) {
  const q = quarters(g.scoring.credits);
  const nm = names(ins);
  const p0 = ins[0].proposal;
  const cons = { proposal: 1, locality: p0.locality, organisations: [], models: [...p0.models], date: commonDate(ins), assessed_by: nm.join("; "), language: w.lang, answers: {} };
  for (const i of ins) for (const o of i.proposal.organisations || []) if (!cons.organisations.includes(o)) cons.organisations.push(o);
  const gr = { lang: w.lang, inputs: ins, names: nm, notes: [], rows: [], disagreeing: 0, consensus: cons, consensusResult: null };
  criteriaFor(g, p0.models).forEach((c, order) => {
    const r = { criterion: c.id, domain: c.domain, weight: c.weight, mustHave: !!c.must_have, answers: [], distinct: 0, spread: 0, consensus: "", tie: false, tieLower: false, dissent: 0, order };
    const counts = new Map();
    let lo = -1;
    let hi = -1;
    for (const i of ins) {
      if (!has(i.proposal.answers, c.id)) {
        r.answers.push("");
        continue;
      }
      const st = i.proposal.answers[c.id].status;
      r.answers.push(st);
      counts.set(st, (counts.get(st) || 0) + 1);
      if (st !== NOT_APPLICABLE && st !== DONT_KNOW) {
        const v = q[st] || 0;
        if (lo < 0 || v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
    r.distinct = counts.size;
    if (lo >= 0) r.spread = hi - lo;
    let best = -1;
    let tied = [];
    for (const st of STATUSES) {
      const n = counts.get(st) || 0;
      if (n === 0) continue;
      if (n > best) [best, r.consensus, tied] = [n, st, [st]];
      else if (n === best) {
        tied.push(st);
        if (rank(q, st) < rank(q, r.consensus)) r.consensus = st;
      }
    }
    r.tie = tied.length > 1;
    if (r.tie) r.tieLower = !tied.includes(NOT_APPLICABLE) && !tied.includes(DONT_KNOW);
    for (const a of r.answers) if (a !== "" && a !== r.consensus) r.dissent++;
    if (r.consensus !== "") cons.answers[c.id] = mergeAnswer(r, ins, nm, w);
    if (disagree(r)) gr.disagreeing++;
    gr.rows.push(r);
  });
  gr.rows.sort((a, b) => b.spread - a.spread || b.dissent - a.dissent || b.distinct - a.distinct || b.weight - a.weight || cmp(a.criterion, b.criterion));
  gr.consensusResult = score(g, cons, opts);
  return gr;
}

/** Row.Disagree: people gave different answers. */
export const disagree = (r) => r.distinct > 1;

// The same text from several people is kept once, with all their names.
function addSaid(list, name, text) {
  const x = list.find((s) => s.text === text);
  if (x) x.names.push(name);
  else list.push({ names: [name], text });
}

// joinSaid writes the texts with their authors; a text everyone who
// answered wrote (all of them) is written without names.
function joinSaid(list, all) {
  if (list.length === 1 && list[0].names.length === all) return list[0].text;
  return list.map((s) => s.names.join(", ") + ": " + s.text).join(" | ");
}

// mergeAnswer is the consensus answer for one criterion (compare.mergeAnswer).
function mergeAnswer(r, ins, nm, w) {
  const a = { status: r.consensus };
  const evidence = [];
  const reasons = [];
  const noteList = [];
  const said = [];
  ins.forEach((i, k) => {
    if (!has(i.proposal.answers, r.criterion)) return;
    const x = i.proposal.answers[r.criterion];
    said.push(nm[k] + ": " + statusName(w, x.status));
    let s = trimSpace(x.evidence || "");
    if (s !== "") addSaid(evidence, nm[k], s);
    s = trimSpace(x.reason || "");
    if (s !== "" && r.consensus === NOT_APPLICABLE) addSaid(reasons, nm[k], s);
    s = trimSpace(x.notes || "");
    if (s !== "") addSaid(noteList, nm[k], s);
  });
  // Owner and due from the first who gave the agreed answer with an owner.
  for (const i of ins) {
    if (!has(i.proposal.answers, r.criterion)) continue;
    const x = i.proposal.answers[r.criterion];
    if (!a.owner && trimSpace(x.owner || "") !== "" && x.status === r.consensus) {
      a.owner = x.owner;
      a.due = x.due || "";
    }
  }
  a.evidence = joinSaid(evidence, said.length);
  a.reason = joinSaid(reasons, said.length);
  let mark = w.t("compare_to_discuss");
  if (r.tie) mark += " (" + w.t(r.tieLower ? "compare_tie_lower" : "compare_tie") + ")";
  a.notes = joinSaid(noteList, -1);
  if (disagree(r)) {
    a.notes = mark + ": " + said.join("; ");
    const rest = joinSaid(noteList, -1);
    if (rest !== "") a.notes += " | " + rest;
  }
  for (const k of ["evidence", "reason", "notes", "owner", "due"]) if (!a[k]) delete a[k];
  return a;
}

/**
 * compare.FileBase: the name (without extension) of the files a
 * comparison writes: what, the locality and the dates.
 */
export function fileBase(what, locality, ...ds) {
  const parts = [what];
  const s = slug(locality);
  if (s !== "") parts.push(s);
  return [...parts, ...ds].join("-");
}

// Go's unicode.ToLower, one character at a time (no context rules).
const lower = (ch) => [...ch.toLowerCase()][0];

/** compare.slug: lower case, every run of characters other than letters and digits one "-". */
export function slug(s) {
  let out = "";
  let dash = false;
  for (const ch of String(s || "")) {
    const r = lower(ch);
    if (/[\p{L}\p{Nd}]/u.test(r)) {
      if (dash && out !== "") out += "-";
      out += r;
      dash = false;
    } else dash = true;
  }
  return out;
}

/** wrap.Lines: s broken at spaces into lines of at most width characters. */
export function wrapLines(s, width) {
  const lines = [];
  let cur = "";
  for (const word of fields(s)) {
    if (cur !== "" && runes(cur) + 1 + runes(word) > width) {
      lines.push(cur);
      cur = word;
      continue;
    }
    if (cur !== "") cur += " ";
    cur += word;
  }
  if (cur !== "") lines.push(cur);
  return lines;
}

/** wrap.Comment: s as YAML comment lines at the indentation, wrapped to 78 columns. */
function wrapComment(out, indent, s) {
  const lines = wrapLines(s, 76 - indent.length);
  for (const l of lines.length ? lines : [""]) out.push(indent + "# " + l + "\n");
}

const hex = (n, w) => n.toString(16).padStart(w, "0");

/** Go's strconv.Quote: a double-quoted string; printable characters stay as they are. */
export function goQuote(s) {
  let out = '"';
  for (const ch of String(s)) {
    const r = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (ch === " " || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch;
    else if (ch === "\x07") out += "\\a";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\v") out += "\\v";
    else if (r < 0x20 || r === 0x7f) out += "\\x" + hex(r, 2);
    else if (r >= 0xd800 && r <= 0xdfff) out += "\\ufffd"; // a lone surrogate: not UTF-8
    else if (r < 0x10000) out += "\\u" + hex(r, 4);
    else out += "\\U" + hex(r, 8);
  }
  return out + '"';
}

/** The question of a criterion in the data's language (guide.TextOf, trimmed), else its id. */
const question = (g, id) => trimSpace(g.byId.get(id)?.question || "") || id;

/**
 * compare.WriteConsensus: the group's draft consensus as the proposal file
 * the CLI writes, byte for byte: schemaPath is the modeline's schema
 * (guide.SchemaURL("proposal"): the published schema's address).
 */
export function writeConsensus(g, gr, w, schemaPath) {
  const p = gr.consensus;
  const b = [];
  const comment = (indent, s) => wrapComment(b, indent, s);
  const mark = w.t("compare_to_discuss");
  b.push(`# yaml-language-server: $schema=${schemaPath}\n#\n`);
  comment("", w.t("compare_yaml_head", { n: String(gr.inputs.length), locality: p.locality, date: p.date }));
  comment("", w.t("compare_participants") + ": " + gr.inputs.map((i, k) => gr.names[k] + " (" + baseName(i.file) + ")").join("; "));
  comment("", w.t("compare_yaml_how"));
  comment("", w.t("compare_yaml_settle", { mark }));
  b.push(`proposal: ${p.proposal}\n`);
  b.push(`locality: ${goQuote(p.locality)}\n`);
  b.push("organisations:\n");
  for (const o of p.organisations) b.push(`  - ${goQuote(o)}\n`);
  b.push(`models: [${p.models.join(", ")}]\n`);
  b.push(`date: ${p.date}\n`);
  b.push(`assessed_by: ${goQuote(p.assessed_by)}\n`);
  b.push(`language: ${p.language}\n`);
  b.push("answers:\n");
  const rows = new Map(gr.rows.map((r) => [r.criterion, r]));
  for (const c of criteriaFor(g, p.models)) {
    const r = rows.get(c.id);
    b.push("\n");
    comment("  ", question(g, c.id));
    if (!has(p.answers, c.id)) {
      comment("  ", w.t("compare_yaml_nobody", { criterion: c.id, mark }));
      continue;
    }
    const a = p.answers[c.id];
    if (r && disagree(r)) comment("  ", mark + ": " + c.id);
    b.push(`  ${c.id}:\n    status: ${a.status}\n`);
    for (const k of ["evidence", "owner", "reason", "notes"]) if (a[k]) b.push(`    ${k}: ${goQuote(a[k])}\n`);
    if (a.due) b.push(`    due: ${a.due}\n`);
  }
  return b.join("");
}

// ── The comparison as a doc (compare/render.go groupDoc) and as HTML ──

/** The marks of the answers grid, by status ("" unanswered). */
const SYMBOLS = [
  ["in-place", "●"], ["partly", "◐"], ["planned", "◔"], ["not-started", "○"], [DONT_KNOW, "?"], [NOT_APPLICABLE, "–"], ["", "·"],
];

/**
 * What groupDoc and progressDoc both say with: the catalogue, percentages,
 * band, domain and status names, and a criterion's cell (its question,
 * "must-have" where it is one, linked under base).
 */
function docWords(g, w, fmt, base) {
  const data = g.data;
  base = String(base || "").replace(/\/+$/, "");
  const t = (k, a) => w.t(k, a);
  return {
    t,
    pct: (tenths) => pctText(fmt, tenths),
    band: (id) => data.bands?.[id]?.name || id,
    domain: (id) => data.domains?.[id]?.name || id,
    status: (st) => statusName(w, st),
    critCell: (id, must) => ({ s: question(g, id) + (must ? " (" + t("compare_must_have") + ")" : ""), url: base + (g.byId.get(id)?.url || "") }),
  };
}

/**
 * The group comparison laid out as compare's doc: {lang, dir, wide, title,
 * blocks, footer}; a block is one of {h2}, {para}, {note}, {chart}, or a
 * table {head, headTitles?, rows} of cells {s, url, id, num, mark, status,
 * title}. fmt is the language's number format ({decimal, percent,
 * direction}); base prefixes the guide links (compare --base-url).
 */
export function groupDoc(g, gr, w, fmt, base = "") {
  const { t, pct, band, domain, status, critCell } = docWords(g, w, fmt, base);
  const d = { lang: gr.lang, dir: fmt.direction || "ltr", wide: true, title: "", blocks: [], footer: t("compare_footer") };
  const p0 = gr.inputs[0].proposal;
  d.title = t("compare_group_title") + ": " + p0.locality;
  d.blocks.push({ para: t("compare_group_intro", { n: String(gr.inputs.length), date: gr.consensus.date, disagreeing: String(gr.disagreeing), total: String(gr.rows.length) }) });
  for (const n of gr.notes) d.blocks.push({ note: n });

  d.blocks.push({ h2: t("compare_participants") });
  d.blocks.push({
    head: ["#", t("compare_participant"), t("compare_file"), t("report_score"), t("compare_band")],
    rows: gr.inputs.map((i, k) => [{ s: String(k + 1), num: true }, { s: gr.names[k] }, { s: baseName(i.file), id: true }, { s: pct(tenthsOf(i.result)), num: true }, { s: band(i.result.band) }]),
  });

  const head = ["#", t("compare_criterion"), ...gr.names.map((_, k) => String(k + 1)), t("compare_spread"), t("compare_answers"), t("compare_consensus_col")];
  const titles = ["", "", ...gr.names, "", "", ""];
  const answerCell = (st, mark) => ({ s: SYMBOLS.find(([s]) => s === st)?.[1] ?? st, status: st || "none", title: status(st), mark });
  const legend = () => t("compare_legend", { symbols: SYMBOLS.map(([s, m]) => m + " " + status(s)).join(" · ") });
  const answerRows = (keep) => {
    let n = 0;
    return gr.rows.filter(keep).map((r) => {
      n++;
      let cons = status(r.consensus);
      if (r.tie) cons += " (" + t("compare_tie_short") + ")";
      return [
        { s: String(n), num: true },
        critCell(r.criterion, r.mustHave),
        ...r.answers.map((a) => answerCell(a, disagree(r) && a !== r.consensus && a !== "")),
        { s: numText(fmt, r.spread), num: true },
        { s: String(r.distinct), num: true },
        { s: cons, mark: disagree(r) },
      ];
    });
  };
  d.blocks.push({ h2: t("compare_disagree") });
  if (gr.disagreeing === 0) d.blocks.push({ para: t("compare_no_disagreement") });
  else {
    d.blocks.push({ head, headTitles: titles, rows: answerRows(disagree) });
    d.blocks.push({ note: legend() });
    d.blocks.push({ note: t("compare_spread_explained") });
  }

  d.blocks.push({ h2: t("compare_domains") });
  const series = [...gr.names, t("compare_consensus_col")];
  const results = [...gr.inputs.map((i) => i.result), gr.consensusResult];
  const dpct = (x) => (x.percent === undefined || x.percent === null ? "–" : pct(tenthsOf(x)));
  if (series.length <= 8) {
    // fmtPct: the percentage as the chart writes it (render.go domainChart).
    const chartPct = (tenths) => {
      let s = pct(tenths);
      if (s.endsWith("%")) s = s.slice(0, -1);
      else if (s.endsWith(" %")) s = s.slice(0, -2);
      return s + "%";
    };
    d.blocks.push({
      chart: {
        title: t("compare_chart_title"),
        desc: t("compare_chart_desc", { series: t("compare_chart_series") }),
        groups: results[0].domains.map((x) => domain(x.domain)),
        series,
        values: results[0].domains.map((_, k) => results.map((r) => (r.domains[k].percent === undefined ? null : tenthsOf(r.domains[k])))),
        fmtPct: chartPct,
      },
    });
  }
  const drows = results[0].domains.map((x, k) => [{ s: domain(x.domain) }, ...results.map((r) => ({ s: dpct(r.domains[k]), num: true }))]);
  drows.push([{ s: t("compare_total"), mark: true }, ...results.map((r) => ({ s: pct(tenthsOf(r)), num: true, mark: true }))]);
  drows.push([{ s: t("compare_band") }, ...results.map((r) => ({ s: band(r.band) }))]);
  d.blocks.push({ head: [t("compare_domain"), ...gr.names.map((_, k) => String(k + 1)), t("compare_consensus_col")], headTitles: ["", ...gr.names, ""], rows: drows });

  d.blocks.push({ h2: t("compare_consensus") });
  d.blocks.push({ para: t("compare_consensus_intro", { mark: t("compare_to_discuss") }) });
  const cr = gr.consensusResult;
  const points = t("report_points_of", { earned: numText(fmt, cr.earned_quarters), possible: numText(fmt, cr.possible_quarters) });
  d.blocks.push({ para: `${t("compare_consensus_col")}: ${band(cr.band)} · ${pct(tenthsOf(cr))} · ${points}` });

  if (gr.disagreeing < gr.rows.length) {
    d.blocks.push({ h2: t("compare_agreed") });
    d.blocks.push({ head, headTitles: titles, rows: answerRows((r) => !disagree(r)) });
    d.blocks.push({ note: legend() });
  }
  return d;
}

/**
 * compare.BuildProgress: dated self-checks of one project, oldest first
 * (files of the same date keep their order): per criterion the status at
 * each date and the move from the first to the last, what moved up and
 * down (most points first), each domain's percentage at each date, and the
 * change of the total (in tenths) and of the band.
 */
export function buildProgress(g, ins, w) {
  ins = ins.map((x, i) => [x, i]).sort((a, b) => cmp(a[0].proposal.date, b[0].proposal.date) || a[1] - b[1]).map(([x]) => x);
  const q = quarters(g.scoring.credits);
  const pr = { lang: w.lang, inputs: ins, notes: [], rows: [], up: [], down: [], other: [], domains: [], percentDelta: 0, bandMove: 0 };
  const maps = ins.map((i) => new Map(i.result.criteria.map((c) => [c.criterion, c])));
  const none = { status: "", answered: false, applicable: false, earned_quarters: 0 };
  criteriaFor(g, ins[0].proposal.models).forEach((c, order) => {
    const r = { criterion: c.id, domain: c.domain, weight: c.weight, mustHave: !!c.must_have, statuses: [], move: 0, changed: false, pointsDelta: 0, order };
    for (const m of maps) {
      const cs = m.get(c.id) || none;
      r.statuses.push(!cs.answered ? "" : !cs.applicable ? NOT_APPLICABLE : cs.status);
    }
    const a = maps[0].get(c.id) || none;
    const b = maps[maps.length - 1].get(c.id) || none;
    r.pointsDelta = b.earned_quarters - a.earned_quarters;
    const sa = r.statuses[0];
    const sb = r.statuses[r.statuses.length - 1];
    const na = sa === NOT_APPLICABLE || sb === NOT_APPLICABLE;
    if (sa === sb) {
      // unchanged
    } else if (na) r.changed = true;
    else if ((q[a.status] || 0) < (q[b.status] || 0)) [r.move, r.changed] = [1, true];
    else if ((q[a.status] || 0) > (q[b.status] || 0)) [r.move, r.changed] = [-1, true];
    else r.changed = true;
    pr.rows.push(r);
    if (r.move > 0) pr.up.push(r);
    else if (r.move < 0) pr.down.push(r);
    else if (r.changed && na) pr.other.push(r);
  });
  const bigFirst = (rows, sign) => rows.sort((a, b) => b.pointsDelta * sign - a.pointsDelta * sign || (a.mustHave !== b.mustHave ? (a.mustHave ? -1 : 1) : 0) || a.order - b.order);
  bigFirst(pr.up, 1);
  bigFirst(pr.down, -1);
  for (const d of g.domains) {
    pr.domains.push({ domain: d.id, tenths: ins.map((i) => {
      const x = i.result.domains.find((y) => y.domain === d.id);
      return x && x.percent !== undefined && x.percent !== null ? tenthsOf(x) : null;
    }) });
  }
  const first = ins[0].result;
  const last = ins[ins.length - 1].result;
  pr.percentDelta = tenthsOf(last) - tenthsOf(first);
  pr.bandMove = bandRank(g, last.band) - bandRank(g, first.band);
  return pr;
}

/** The progress report laid out as compare's doc (render.go progressDoc). */
export function progressDoc(g, pr, w, fmt, base = "") {
  const { t, pct, band, domain, status, critCell } = docWords(g, w, fmt, base);
  const fixed1 = (tenths) => `${Math.floor(tenths / 10)}${fmt.decimal || "."}${tenths % 10}`;
  // signed1: a change of percentage points (in tenths), with its sign.
  const signed1 = (tenths) => (tenths === 0 ? "±" : tenths > 0 ? "+" : "−") + fixed1(Math.abs(tenths));
  // signed: a change of points (in quarters), with its sign.
  const signed = (q) => (q === 0 ? "±0" : (q > 0 ? "+" : "−") + numText(fmt, Math.abs(q)));
  const ins = pr.inputs;
  const first = ins[0];
  const last = ins[ins.length - 1];
  const d = { lang: pr.lang, dir: fmt.direction || "ltr", wide: false, title: t("compare_progress_title") + ": " + first.proposal.locality, blocks: [], footer: t("compare_footer") };
  d.blocks.push({ para: t("compare_progress_intro", { n: String(ins.length), from: first.proposal.date, to: last.proposal.date }) });
  for (const n of pr.notes) d.blocks.push({ note: n });
  d.blocks.push({ h2: t("compare_score_change") });
  const points = (r) => t("report_points_of", { earned: numText(fmt, r.earned_quarters), possible: numText(fmt, r.possible_quarters) });
  d.blocks.push({
    head: [t("compare_date"), t("compare_file"), t("report_score"), t("report_points"), t("compare_band")],
    rows: ins.map((i) => [{ s: i.proposal.date }, { s: baseName(i.file), id: true }, { s: pct(tenthsOf(i.result)), num: true }, { s: points(i.result), num: true }, { s: band(i.result.band) }]),
  });
  d.blocks.push({ para: t("compare_change") + ": " + t("compare_pp", { n: signed1(pr.percentDelta) }) + " (" + t("compare_from_to", { from: pct(tenthsOf(first.result)), to: pct(tenthsOf(last.result)) }) + ")." });
  if (pr.bandMove > 0) d.blocks.push({ para: t("compare_band_up", { from: band(first.result.band), to: band(last.result.band) }) });
  else if (pr.bandMove < 0) d.blocks.push({ para: t("compare_band_down", { from: band(first.result.band), to: band(last.result.band) }) });
  else d.blocks.push({ para: t("compare_band_same", { band: band(last.result.band) }) });

  d.blocks.push({ h2: t("compare_domains") });
  const ds = ins.map((i) => i.proposal.date);
  const chartPct = (tenths) => {
    let s = pct(tenths);
    if (s.endsWith("%")) s = s.slice(0, -1);
    else if (s.endsWith(" %")) s = s.slice(0, -2);
    return s + "%";
  };
  const results = ins.map((i) => i.result);
  d.blocks.push({
    chart: {
      title: t("compare_chart_title_time"),
      desc: t("compare_chart_desc", { series: t("compare_chart_series_time") }),
      groups: results[0].domains.map((x) => domain(x.domain)),
      series: ds,
      values: results[0].domains.map((_, k) => results.map((r) => (r.domains[k].percent === undefined || r.domains[k].percent === null ? null : tenthsOf(r.domains[k])))),
      fmtPct: chartPct,
    },
  });
  d.blocks.push({
    head: [t("compare_domain"), ...ds, t("compare_change")],
    rows: pr.domains.map((x) => {
      const a = x.tenths[0];
      const b = x.tenths[x.tenths.length - 1];
      return [{ s: domain(x.domain) }, ...x.tenths.map((p) => ({ s: p === null ? "–" : pct(p), num: true })), { s: a !== null && b !== null ? signed1(b - a) : "–", num: true }];
    }),
  });
  const moves = (title, list) => {
    d.blocks.push({ h2: title });
    if (!list.length) return void d.blocks.push({ para: t("compare_nothing") });
    d.blocks.push({
      head: ["#", t("compare_criterion"), first.proposal.date, last.proposal.date, t("report_points")],
      rows: list.map((r, i) => [{ s: String(i + 1), num: true }, critCell(r.criterion, r.mustHave), { s: status(r.statuses[0]) }, { s: status(r.statuses[r.statuses.length - 1]) }, { s: signed(r.pointsDelta), num: true }]),
    });
  };
  moves(t("compare_moved_up"), pr.up);
  moves(t("compare_moved_down"), pr.down);
  if (pr.other.length) moves(t("compare_changed_other"), pr.other);
  d.blocks.push({ h2: t("compare_timeline") });
  d.blocks.push({
    head: ["#", t("compare_criterion"), ...ds, t("compare_change")],
    rows: pr.rows.map((r, i) => [
      { s: String(i + 1), num: true },
      critCell(r.criterion, r.mustHave),
      ...r.statuses.map((st) => ({ s: status(st) })),
      { s: r.move > 0 ? "↑" : r.move < 0 ? "↓" : r.changed ? "↔" : "", mark: r.move < 0 },
    ]),
  });
  return d;
}

// html/template's escaping of text and quoted attribute values.
const ESC = { '"': "&#34;", "&": "&amp;", "'": "&#39;", "+": "&#43;", "<": "&lt;", ">": "&gt;", "\0": "\ufffd" };
export const esc = (s) => String(s).replace(/["&'+<>\0]/g, (c) => ESC[c]);
// html/template's URL normalizer (a URL attribute), then its attribute escaping.
const escURL = (u) =>
  esc(
    [...new TextEncoder().encode(String(u))]
      .map((c) => {
        const ch = String.fromCharCode(c);
        return c < 0x80 && /[A-Za-z0-9!#$&*+,/:;=?@[\]\-._~%]/.test(ch) ? ch : "%" + hex(c, 2);
      })
      .join(""),
  );

// render.SVGNum: one decimal place at most, "-0" written 0.
function svgNum(f) {
  let s = (Math.sign(f) * Math.round(Math.abs(f) * 10) / 10).toFixed(1);
  if (s === "-0.0") s = "0.0";
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

// The cell's class attribute (html.go cell.Class).
function cellClass(c) {
  const cls = [];
  if (c.num) cls.push("num");
  if (c.mark) cls.push("mark");
  if (c.status) cls.push("hm", "st-" + c.status);
  if (c.url && !c.id) cls.push("q");
  return cls.join(" ");
}

const figure = (c) => c.num && !c.id && !/\p{L}/u.test(c.s);

function cellText(c) {
  if (c.status) return `<span aria-hidden="true" title="${esc(c.title)}">${esc(c.s)}</span><span class="vh">${esc(c.title)}</span>`;
  if (c.id) return `<span class="id">${esc(c.s)}</span>`;
  if (figure(c)) return `<span class="n">${esc(c.s)}</span>`;
  return esc(c.s);
}
const cellHTML = (c) => (c.url ? `<a href="${escURL(c.url)}">${cellText(c)}</a>` : cellText(c));
const classAttr = (c) => {
  const k = cellClass(c);
  return k ? ` class="${esc(k)}"` : "";
};

// The bar chart (html.go chart.layout and the "chart" template).
function chartHTML(c, rtl) {
  const width = 640;
  const labelH = 18;
  const barH = 12;
  const gap = 10;
  const left = 8;
  const plotW = 520;
  const ns = c.series.length;
  const groupH = labelH + ns * (barH + 2) + gap;
  const height = c.groups.length * groupH + 24;
  const x = (v, wd) => (rtl ? width - v - wd : v);
  const cls = (i) => "s" + (i % 8);
  const anchor = rtl ? "end" : "start";
  let s = `<figure class="chart"><svg class="bars" viewBox="0 0 ${svgNum(width)} ${svgNum(height)}" width="${svgNum(width)}" height="${svgNum(height)}" role="img" aria-labelledby="chart-t chart-d" xmlns="http://www.w3.org/2000/svg"><title id="chart-t">${esc(c.title)}</title><desc id="chart-d">${esc(c.desc)}</desc>`;
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const gx = svgNum(x(left + f * plotW, 0));
    s += `<line class="grid" x1="${gx}" y1="0" x2="${gx}" y2="${svgNum(height - 20)}"/><text class="val" x="${gx}" y="${svgNum(height - 6)}" text-anchor="middle">${esc(c.fmtPct(f * 1000))}</text>`;
  }
  let y = 0;
  c.groups.forEach((label, gi) => {
    s += `<text class="label" x="${svgNum(x(left, 0))}" y="${svgNum(y + 13)}" text-anchor="${anchor}">${esc(label)}</text>`;
    let yy = y + labelH;
    c.series.forEach((name, si) => {
      const v = c.values[gi][si];
      if (v !== null) {
        const wd = (plotW * (v / 10)) / 100;
        const p = c.fmtPct(v);
        s += `<rect class="${cls(si)}" x="${svgNum(x(left, wd))}" y="${svgNum(yy)}" width="${svgNum(wd)}" height="${svgNum(barH)}"><title>${esc(name + ": " + p)}</title></rect><text class="val" x="${svgNum(x(left + wd + 4, 0))}" y="${svgNum(yy + 10)}" text-anchor="${anchor}">${esc(p)}</text>`;
      }
      yy += barH + 2;
    });
    y += groupH;
  });
  s += `</svg><figcaption><ul class="legend">${c.series.map((n, i) => `<li><span class="sw ${cls(i)}" aria-hidden="true"></span>${esc(n)}</li>`).join("")}</ul></figcaption></figure>`;
  return s;
}

/** render.CSS: the base style sheet of every HTML file exitguide writes. */
export const BASE_CSS = `:root{--ink:#1d1d1f;--muted:#5a5a66;--line:#d0d0d8;--accent:#2f5d8a;--warn:#9a3412;--ok:#166534;--soft:#f4f5f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:52rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);direction:ltr;unicode-bidi:isolate}
a{color:var(--accent)}footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}}`;

/** The style sheet compare.html.tmpl adds to the base one (render.CSS). */
export const COMPARE_CSS = `body{max-width:60rem}
body.wide{max-width:118rem}
@page{size:A4 landscape;margin:10mm}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.grid{font-size:.9rem;line-height:1.25;width:auto}table.grid th,table.grid td{padding:.12rem .3rem}
table.grid td.q{min-width:14rem;width:42rem;max-width:48rem}
table.grid .hm{text-align:center;width:1.9rem;font-size:1.05rem;line-height:1.2;border:1px solid #fff}
.st-in-place{background:#b9dfc3}.st-partly{background:#dcebb4}.st-planned{background:#f8e3a6}.st-not-started{background:#f3bfb4}.st-dont-know{background:#d9d9ee}.st-not-applicable,.st-none{background:#eeeeee}
table.grid td.hm.mark{outline:2px solid var(--ink);outline-offset:-3px;color:var(--ink)}
.mark{color:var(--warn);font-weight:600}
.note{color:var(--muted);font-size:.9rem}
.chart{margin:1rem 0}.chart svg{max-width:100%;height:auto;direction:ltr}
.n{direction:ltr;unicode-bidi:isolate}
.bars .grid{stroke:var(--line)}.bars .label{font-size:12px;fill:var(--ink)}.bars .val{font-size:11px;fill:var(--ink)}
.s0{fill:#2f5d8a}.s1{fill:#c2410c}.s2{fill:#15803d}.s3{fill:#7e22ce}.s4{fill:#a16207}.s5{fill:#0e7490}.s6{fill:#be185d}.s7{fill:#4b5563}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}
.legend .sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;margin-inline-end:.35rem}
.legend .s0{background:#2f5d8a}.legend .s1{background:#c2410c}.legend .s2{background:#15803d}.legend .s3{background:#7e22ce}.legend .s4{background:#a16207}.legend .s5{background:#0e7490}.legend .s6{background:#be185d}.legend .s7{background:#4b5563}
@media print{body{max-width:none;font-size:10.5pt}table.grid{font-size:7.5pt;line-height:1.15}table.grid th,table.grid td{padding:.04rem .2rem}table.grid td.q{width:auto;min-width:0}table.grid{break-inside:avoid}h2:has(+ table.grid){break-before:page}table.grid .hm{width:1.3rem;font-size:8pt}.hm{print-color-adjust:exact;-webkit-print-color-adjust:exact}tr,.chart{break-inside:avoid}.legend .sw,.bars rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}}`;

/** A table's body rows as HTML (the page shows the same markup as the file). */
export function tableHTML(bl) {
  const head = bl.head.map((s, i) => {
    const c = { s, title: bl.headTitles?.[i] || "", num: !!bl.rows[0]?.[i]?.num };
    const inner = c.title ? `<span aria-hidden="true">${esc(c.s)}</span><span class="vh">${esc(c.title)}</span>` : cellHTML(c);
    return `<th scope="col"${classAttr(c)}>${inner}</th>`;
  });
  let s = `<table${bl.headTitles ? ' class="grid"' : ""}>\n<thead><tr>${head.join("")}</tr></thead>\n<tbody>`;
  for (const r of bl.rows) s += `\n<tr>${r.map((c) => `<td${classAttr(c)}>${cellHTML(c)}</td>`).join("")}</tr>`;
  return s + "\n</tbody>\n</table>";
}

/**
 * The body of the doc's <main> (compare.html.tmpl's blocks); level is the
 * level of its headings (2 in the file, 3 on the page, under its title).
 */
export function blocksHTML(d, level = 2) {
  let s = "";
  for (const bl of d.blocks) {
    if (bl.h2 !== undefined) s += `\n<h${level}>${esc(bl.h2)}</h${level}>`;
    else if (bl.para !== undefined) s += `\n<p>${esc(bl.para)}</p>`;
    else if (bl.note !== undefined) s += `\n<p class="note">${esc(bl.note)}</p>`;
    else if (bl.chart) s += "\n" + chartHTML(bl.chart, d.dir === "rtl");
    else if (bl.head) s += "\n" + tableHTML(bl);
  }
  return s;
}

/**
 * The doc as the one self-contained, printable HTML file `compare --format
 * html` writes (compare.html.tmpl): inline CSS, no scripts.
 */
export function writeHTML(d) {
  return `<!DOCTYPE html>
<html lang="${esc(d.lang)}" dir="${esc(d.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="exitguide">
<title>${esc(d.title)}</title>
<style>
${BASE_CSS}
${COMPARE_CSS}
</style>
</head>
<body${d.wide ? ' class="wide"' : ""}>
<main>
<h1>${esc(d.title)}</h1>${blocksHTML(d)}
</main>
<footer>${esc(d.footer)}</footer>
</body>
</html>
`;
}
