// The proposal file in the browser: read (YAML or JSON, with js-yaml),
// validate with the rules of internal/proposal/load.go that matter for
// loading, and write the YAML that `exitguide check` reads unchanged.
// Pure: no DOM. Problems are {pointer, key, args, line}; key names the
// message and args holds its values by name, as Go's yamlpos.Error Code and
// Args do: the words are the shared catalogue's msg_KEY and msg_KEY_fix
// (i18n/LANG.yaml, KEY with "." and "-" written "_"), filled by name.
import { load as yamlLoad, CORE_SCHEMA } from "js-yaml";
import { STATUSES, PLANNED, NOT_APPLICABLE, DONT_KNOW, criteriaFor, trimSpace } from "./score.js";

export const FIELDS = ["proposal", "locality", "organisations", "models", "date", "assessed_by", "language", "answers"];
export const ANSWER_FIELDS = ["status", "evidence", "owner", "due", "reason", "notes"];
export const MAX_BYTES = 1 << 20;

/** yamlpos.Pointer: a JSON pointer with ~ and / escaped. */
export function pointer(base, ...keys) {
  return base + keys.map((k) => "/" + String(k).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** proposal.ValidDate: a calendar date written YYYY-MM-DD. */
export function validDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}

/**
 * A character no proposal text needs (proposal.badChar): the invisible
 * direction controls, which can make a text read differently from what it
 * says, and control characters other than tab and line feed.
 */
export function badChar(r) {
  if ((r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)) return "text.bidi";
  if (r === 9 || r === 10) return "";
  if (r < 0x20 || (r >= 0x7f && r <= 0x9f)) return "text.control";
  return "";
}

const utf8Len = (s) => new TextEncoder().encode(s).length;

function distance(a, b) {
  const ra = [...a];
  const rb = [...b];
  if (ra.length > 200 || rb.length > 200) return Math.max(ra.length, rb.length);
  let prev = Array.from({ length: rb.length + 1 }, (_, j) => j);
  let cur = new Array(rb.length + 1).fill(0);
  for (let i = 1; i <= ra.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= rb.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ra[i - 1] === rb[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[rb.length];
}

/**
 * The candidate close enough to s to be a likely typo, or "" (suggest.Nearest):
 * the threshold counts characters (code points, Go's runes), not UTF-8
 * bytes, so "ключ" gets no suggestion here either.
 */
export function nearest(s, candidates) {
  let best = "";
  let bestD = Math.floor([...s].length / 2) + 2;
  const ls = s.toLowerCase();
  for (const c of candidates) {
    const d = distance(ls, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best;
}

const isMap = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
const sortedKeys = (m) => Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const show = (x) => (typeof x === "string" ? x : JSON.stringify(x) ?? String(x));

/** field names a value for a message: its key, or list[n] for an item (from 1). */
function fieldName(p) {
  const i = p.lastIndexOf("/");
  const last = p.slice(i + 1);
  if (/^\d+$/.test(last) && i > 0) return `${fieldName(p.slice(0, i))}[${+last + 1}]`;
  return last;
}

// A YAML alias (*name) outside quotes and comments: the file format refuses them.
function aliasLine(text) {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""').replace(/(^|\s)#.*$/, "");
    if (/(^|[\s[{,:-])\*[^\s,[\]{}]+/.test(l)) return i + 1;
  }
  return 0;
}

/** The line (from 1) of byte offset i of data (yamlpos offsetPos, lines only). */
function lineAt(data, i) {
  let line = 1;
  for (let k = 0; k < i; k++) if (data[k] === 10) line++;
  return line;
}

/**
 * Reads a file's bytes as yamlpos.Parse does before it parses: too large,
 * UTF-16 (with or without a byte-order mark), empty, bytes that are not
 * UTF-8, a NUL byte, each refused with the CLI's message key (and line).
 * Returns {text} (a UTF-8 byte-order mark removed) or {problems}. The page
 * reads a chosen file with this, never as text with replacement
 * characters: a Latin-1 file is refused, not silently changed.
 */
export function decode(data) {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const fail = (key, line = 0, args = {}) => ({ problems: [{ pointer: "", key, args, line }] });
  if (bytes.length > MAX_BYTES) return fail("parse.too-large", 0, { size: sizeText(bytes.length), max: sizeText(MAX_BYTES) });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail("parse.utf16", 1);
  let b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  if (!b.some((x) => !(x === 32 || (x >= 9 && x <= 13)))) return fail("parse.empty", 1);
  const bad = firstInvalidUTF8(b);
  if (bad >= 0) return fail("parse.not-utf8", lineAt(b, bad));
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(b);
  const nul = b.indexOf(0);
  if (nul >= 0) {
    if (b.length >= 2 && (b[0] === 0) !== (b[1] === 0)) return fail("parse.utf16", 1);
    return fail("parse.nul", lineAt(b, nul));
  }
  return { text };
}

/** yamlpos.Size: a size as the messages write it ("1.2 MB", "900.0 KB"). */
function sizeText(n) {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The offset of the first byte that is not valid UTF-8 (Go's utf8.Valid rules), or -1. */
function firstInvalidUTF8(b) {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n, lo = 0x80, hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (b[i + 1] === undefined || b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= n; k++) if (b[i + k] === undefined || b[i + k] < 0x80 || b[i + k] > 0xbf) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Parses a file's text. Returns {doc} or {problems} (parse problems, with a
 * line where the parser gives one).
 */
export function parse(text) {
  if (utf8Len(text) > MAX_BYTES) return { problems: [{ pointer: "", key: "parse.too-large", args: { size: sizeText(utf8Len(text)), max: sizeText(MAX_BYTES) }, line: 0 }] };
  if (text.includes("\u0000")) return { problems: [{ pointer: "", key: "parse.nul", args: {}, line: 0 }] };
  if (trimSpace(text) === "") return { problems: [{ pointer: "", key: "parse.empty", args: {}, line: 0 }] };
  // yamlpos firstControl: a control character other than tab and line breaks.
  const ctl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
  if (ctl) {
    const line = text.slice(0, ctl.index).split("\n").length;
    const char = "U+" + ctl[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
    return { problems: [{ pointer: "", key: "parse.control", args: { char }, line }] };
  }
  let doc;
  try {
    doc = yamlLoad(text.replace(/^\ufeff/, ""), { schema: CORE_SCHEMA, json: false });
  } catch (e) {
    const line = e?.mark ? e.mark.line + 1 : 0;
    const reason = String(e?.reason || e?.message || e);
    if (/tab/i.test(reason)) return { problems: [{ pointer: "", key: "parse.tab", args: {}, line }] };
    if (/duplicated mapping key/i.test(reason)) return { problems: [{ pointer: "", key: "parse.dup", args: { key: "" }, line }] };
    return { problems: [{ pointer: "", key: "parse.syntax", args: { detail: reason }, line }] };
  }
  if (doc === undefined || doc === null) return { problems: [{ pointer: "", key: "parse.comments", args: {}, line: 0 }] };
  const al = aliasLine(text);
  if (al) return { problems: [{ pointer: "", key: "parse.alias", args: {}, line: al }] };
  return { doc };
}

/**
 * Validates a parsed proposal against the guide (makeGuide), as
 * proposal.Load does. Returns the problems, sorted by pointer; none means
 * `exitguide check` accepts it.
 */
export function validate(g, doc, languages) {
  const out = [];
  const add = (p, key, args = {}) => out.push({ pointer: p, key, args });
  // A problem Go reports at the key, not at the value (validator.atKey).
  const addKey = (p, key, args = {}) => out.push({ pointer: p, key, args, at: "key" });
  const text = (p, x, nonEmpty) => {
    if (typeof x !== "string") return add(p, "field.text", { field: fieldName(p) }), [null, false];
    if (nonEmpty && trimSpace(x) === "") return add(p, "field.empty", { field: fieldName(p) }), [x, false];
    for (const ch of x) {
      const key = badChar(ch.codePointAt(0));
      if (key) return add(p, key, { field: fieldName(p), char: "U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") }), [x, false];
    }
    return [x, true];
  };
  const list = (p, x) => {
    if (!Array.isArray(x)) return add(p, "field.list", { field: fieldName(p) }), null;
    if (x.length === 0) return add(p, "field.empty", { field: fieldName(p) }), null;
    return x;
  };
  const date = (p, x) => {
    if (typeof x !== "string") add(p, "date.invalid", { field: fieldName(p), value: trimSpace(show(x)) });
    else if (!validDate(x)) add(p, "date.invalid", { field: fieldName(p), value: x });
  };
  const unknownKeys = (base, m, allowed, suggest) => {
    const suggested = new Set();
    for (const k of sortedKeys(m)) {
      if (allowed.includes(k)) continue;
      const near = nearest(k, suggest);
      const fields = suggest.join(", ");
      if (near) {
        suggested.add(near);
        addKey(pointer(base, k), "field.near", { key: k, fields, near });
      } else addKey(pointer(base, k), "field.unknown", { key: k, fields });
    }
    return suggested;
  };

  if (!isMap(doc)) {
    add("", "doc.not-mapping");
    return out;
  }
  const suggested = unknownKeys("", doc, ["$schema", ...FIELDS], FIELDS);
  for (const f of FIELDS) if (!(f in doc) && !suggested.has(f)) add("", "field.missing", { field: f });
  const has = (k) => Object.prototype.hasOwnProperty.call(doc, k);
  if (has("$schema")) text("/$schema", doc.$schema, false);
  if (has("proposal") && doc.proposal !== 1) add("/proposal", "version");
  if (has("locality")) text("/locality", doc.locality, true);
  if (has("assessed_by")) text("/assessed_by", doc.assessed_by, true);
  if (has("date")) date("/date", doc.date);
  if (has("organisations")) {
    const l = list("/organisations", doc.organisations);
    if (l) l.forEach((o, i) => text(pointer("/organisations", i), o, true));
  }
  if (has("language")) {
    const [s, ok] = text("/language", doc.language, true);
    if (ok && s !== "" && languages && !languages.includes(s)) add("/language", "lang.unknown", { lang: s, languages: languages.join(", "), shown: "" });
  }
  let models = [];
  let modelsOK = has("models");
  if (has("models")) {
    const l = list("/models", doc.models);
    if (!l) modelsOK = false;
    else {
      const ids = g.models.map((m) => m.id);
      const all = ids.join(", ");
      const seen = new Set();
      l.forEach((m, i) => {
        const p = pointer("/models", i);
        const [s, ok] = text(p, m, true);
        if (!ok) return void (modelsOK = false);
        if (!ids.includes(s)) {
          modelsOK = false;
          const near = nearest(s, ids);
          return near ? add(p, "model.near", { model: s, models: all, near }) : add(p, "model.unknown", { model: s, models: all });
        }
        if (seen.has(s)) return add(p, "model.dup", { model: s });
        seen.add(s);
        models.push(s);
      });
    }
  }
  if (has("answers")) {
    const m = doc.answers;
    if (!isMap(m)) add("/answers", "field.mapping", { field: "answers" });
    else {
      const scope = criteriaFor(g, models);
      const inScope = new Set(scope.map((c) => c.id));
      const modelList = ["core", ...models].join(", ");
      for (const id of sortedKeys(m)) {
        const p = pointer("/answers", id);
        const c = g.byId.get(id);
        if (c && !inScope.has(id)) {
          if (modelsOK) addKey(p, "crit.other-model", { criterion: id, model: c.model, models: modelList });
        } else if (!c && g.retired?.has(id)) {
          addKey(p, "crit.retired", { criterion: id, into: g.retired.get(id).id, models: modelList });
        } else if (!c) {
          const cands = modelsOK ? scope.map((x) => x.id) : g.criteria.map((x) => x.id);
          const near = nearest(id, cands);
          near ? addKey(p, "crit.near", { criterion: id, models: modelList, near }) : addKey(p, "crit.unknown", { criterion: id, models: modelList });
        }
        answer(p, id, m[id], c);
      }
    }
  }
  function answer(p, id, a, c) {
    if (!isMap(a)) return add(p, "answer.mapping", { criterion: id });
    if (unknownKeys(p, a, ANSWER_FIELDS, ANSWER_FIELDS).has("status") && !("status" in a)) return;
    for (const f of ["evidence", "owner", "reason", "notes"]) if (f in a) text(pointer(p, f), a[f], false);
    if ("due" in a) date(pointer(p, "due"), a.due);
    if (!("status" in a)) return add(p, "field.missing", { field: "status" });
    const sp = pointer(p, "status");
    const s = a.status;
    if (typeof s !== "string" || !STATUSES.includes(s)) {
      const near = typeof s === "string" ? nearest(s, STATUSES) : "";
      const statuses = STATUSES.join(", ");
      return near ? add(sp, "status.near", { status: show(s), statuses, near }) : add(sp, "status.invalid", { status: show(s), statuses });
    }
    const filled = (f) => typeof a[f] === "string" && trimSpace(a[f]) !== "";
    if (s === PLANNED) {
      if (!filled("owner")) add(p, "planned.owner");
      if (!("due" in a)) add(p, "planned.due");
    } else if (s === NOT_APPLICABLE) {
      if (c && !c.na_allowed) add(sp, "na.not-allowed", { criterion: id });
      if (!filled("reason")) add(p, "na.reason");
    }
  }
  return out.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The line (from 1) where `exitguide check` reports a problem at a
 * pointer: the line of the value (atKey false; a block mapping or list
 * starts at its first entry, as yamlpos.Doc.Pos gives it) or of its key
 * (atKey true, yamlpos.Doc.KeyPos: unknown fields and criteria). js-yaml
 * gives no positions, so the keys are followed through the text by their
 * indentation: a key is found only among the entries of its parent, never
 * further down in another answer (a mis-indented `evidence:` is reported
 * at its own line, not at the first `evidence:` of the file). JSON on one
 * line, or anything not found so, falls back to the nearest line found.
 */
export function lineOf(text, ptr, atKey = false) {
  const lines = text.split(/\r\n|\n|\r/);
  const content = (i) => {
    const t = lines[i].replace(/^\ufeff/, "").trim();
    return t !== "" && !t.startsWith("#") && t !== "---";
  };
  const indentOf = (i) => lines[i].length - lines[i].replace(/^[ \t]+/, "").length;
  const next = (i) => {
    for (let k = i + 1; k < lines.length; k++) if (content(k)) return k;
    return -1;
  };
  const first = next(-1);
  if (first < 0) return 0;
  if (!ptr) return first + 1;
  if (lines[first].trim().startsWith("{")) return lineOfFlow(lines, ptr);
  const keys = ptr.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let at = -1; // the line of the current node's key (-1: the root)
  let indent = -1; // its indentation
  for (const k of keys) {
    // The entries of the current node: the lines after it indented more,
    // at the indentation of the first of them.
    const start = next(at);
    if (start < 0 || indentOf(start) <= indent) return at + 1;
    const child = indentOf(start);
    let found = -1;
    let item = 0;
    for (let i = start; i < lines.length; i++) {
      if (!content(i)) continue;
      const ind = indentOf(i);
      if (ind < child) break;
      if (ind > child) continue;
      const t = lines[i].slice(ind);
      if (/^\d+$/.test(k)) {
        if (/^-(\s|$)/.test(t) && item++ === +k) found = i;
      } else {
        const esc = k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        if (new RegExp(`^(?:-\\s+)?(["']?)${esc}\\1\\s*:(\\s|$)`).test(t)) found = i;
      }
      if (found >= 0) break;
    }
    if (found < 0) {
      // A flow collection on the key's line ([a, b], {x: y}): its line.
      return at + 1;
    }
    at = found;
    indent = indentOf(found);
  }
  if (atKey) return at + 1;
  // A block value starts on the next line: nothing after the colon.
  const rest = lines[at].replace(/(^|\s)#.*$/, "").replace(/^\s*(?:-\s+)?(["']?)[^"':]*\1\s*:/, "").trim();
  if (rest === "" || /^-\s*$/.test(lines[at].trim())) {
    const n = next(at);
    if (n >= 0 && indentOf(n) >= indentOf(at)) return n + 1;
  }
  return at + 1;
}

// lineOfFlow follows the keys through JSON or flow YAML, as written.
function lineOfFlow(lines, ptr) {
  const keys = ptr.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  let at = 0;
  let found = 0;
  for (const k of keys) {
    if (/^\d+$/.test(k)) continue; // list items: the list's line is close enough
    const esc = k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(^|[\\s{,])["']?${esc}["']?\\s*:`);
    let i = at;
    while (i < lines.length && !re.test(lines[i])) i++;
    if (i === lines.length) return found;
    found = i + 1;
    at = i;
  }
  return found;
}

/** The proposal as the page holds it, from a valid parsed file. */
export function fromDoc(doc) {
  const answers = {};
  for (const [id, a] of Object.entries(doc.answers || {})) {
    const x = {};
    for (const f of ANSWER_FIELDS) if (typeof a[f] === "string") x[f] = a[f];
    answers[id] = x;
  }
  return {
    locality: doc.locality,
    organisations: [...doc.organisations],
    models: [...doc.models],
    date: doc.date,
    assessed_by: doc.assessed_by,
    language: doc.language,
    answers,
  };
}

// A YAML double-quoted scalar: JSON's escapes are YAML's, plus the line
// and paragraph separators, which YAML 1.1 readers take for line breaks.
const q = (s) => JSON.stringify(String(s)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

function comment(lines, indent, s, width = 76) {
  let cur = "";
  for (const w of String(s).replace(/\*\*|`/g, "").split(/\s+/).filter(Boolean)) {
    if (cur && [...cur].length + 1 + [...w].length > width - indent.length) {
      lines.push(`${indent}# ${cur}`);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(`${indent}# ${cur}`);
}

/**
 * The proposal file `exitguide check` reads, with the editor's schema
 * modeline and each criterion's question as a comment. Every criterion of
 * the models is written, as proposal.WriteTemplate (`exitguide init`) does:
 * one not answered yet as "dont-know" with an empty evidence line. t holds
 * the comment words, {head, core}, and the schema's address (schema: the
 * published one, which init's modeline names).
 */
export function toYAML(g, p, t = {}) {
  const L = [`# yaml-language-server: $schema=${t.schema || "schemas/proposal.schema.json"}`];
  if (t.head) comment(L, "", t.head);
  L.push("proposal: 1");
  L.push(`locality: ${q(p.locality || "")}`);
  L.push("organisations:");
  const orgs = (p.organisations || []).filter((o) => trimSpace(o) !== "");
  for (const o of orgs.length ? orgs : [""]) L.push(`  - ${q(o)}`);
  L.push(`models: [${p.models.map(q).join(", ")}]`);
  L.push(`date: ${q(p.date || "")}`);
  L.push(`assessed_by: ${q(p.assessed_by || "")}`);
  L.push(`language: ${q(p.language || "en")}`);
  // Every criterion of the models, as exitguide init writes them: one not
  // answered yet is "dont-know" with an empty evidence line, so the file
  // can be finished in a text editor and shows what is still open.
  const scope = criteriaFor(g, p.models);
  if (!scope.length) {
    L.push("answers: {}");
    return L.join("\n") + "\n";
  }
  L.push("answers:");
  let block = null;
  for (const c of scope) {
    const answered = !!p.answers[c.id]?.status;
    const a = answered ? p.answers[c.id] : { status: DONT_KNOW, evidence: "" };
    if (c.block !== block) {
      block = c.block;
      const name = g.data.blocks?.[c.block]?.name;
      if (name) L.push("", `  # ── ${c.model === "core" && t.core ? t.core + ": " : ""}${name.replace(/\s+/g, " ")} ──`);
    }
    L.push("");
    if (c.question) comment(L, "  ", c.question);
    L.push(`  ${c.id}:`);
    L.push(`    status: ${a.status}`);
    for (const f of ["evidence", "owner", "due", "reason", "notes"]) {
      if (typeof a[f] !== "string" || (answered && trimSpace(a[f]) === "")) continue;
      L.push(`    ${f}: ${q(a[f])}`);
    }
  }
  return L.join("\n") + "\n";
}
