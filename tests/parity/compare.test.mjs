// Parity: the browser's group compare (assets/js/selfcheck/compare.js)
// against `exitguide compare --group` (internal/compare), on the corpus
// the Go test writes (testdata/parity/compare.json: go test
// ./internal/compare -run TestCompareParity). Each group's files go
// through the page's reader (decode, parse, validate, fromDoc) and scorer;
// the mode and why, the notes (keys and arguments), the names, every row
// in order, the consensus's score, the file names, the consensus file and
// the HTML report must be what Go made, byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeGuide, score } from "../../assets/js/selfcheck/score.js";
import { decode, parse, validate, fromDoc } from "../../assets/js/selfcheck/proposal.js";
import { fill } from "../../assets/js/selfcheck/dom.js";
import * as cmp from "../../assets/js/selfcheck/compare.js";
import { reportView } from "../../assets/js/selfcheck/report.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const vectors = JSON.parse(fs.readFileSync(path.join(root, "testdata/parity/compare.json"), "utf8"));
const LANGS = Object.keys(vectors.guide);

const wordsOf = (lang) => ({ lang, t: (k, args) => fill(vectors.words[lang][k] ?? k, args) });

// The group's files read as the page reads them.
function inputs(g, c) {
  return c.files.map((f) => {
    const dec = decode(Buffer.from(f.text, "utf8"));
    const { doc, problems } = dec.problems ? dec : parse(dec.text);
    assert.ok(!problems, `${c.name} ${f.name}: ${JSON.stringify(problems)}`);
    assert.deepStrictEqual(validate(g, doc, LANGS), [], `${c.name} ${f.name}`);
    const p = fromDoc(doc);
    return { file: f.name, proposal: p, result: score(g, p, { requireEvidence: !!c.require_evidence }) };
  });
}

test("the corpus has twelve-person rooms, every language, notes and require-evidence", () => {
  assert.ok(vectors.groups.length >= 10);
  assert.ok(vectors.groups.some((c) => c.files.length >= 12 && c.want.mode === "group"));
  assert.deepStrictEqual([...new Set(vectors.groups.map((c) => c.lang))].sort(), [...LANGS].sort());
  assert.ok(vectors.groups.some((c) => c.want.mismatch));
});

for (const c of vectors.groups) {
  test(`group ${c.name} (${c.lang}): the same view, consensus file and report as compare`, () => {
    const data = vectors.guide[c.lang];
    const g = makeGuide(data);
    const w = wordsOf(c.lang);
    const ins = inputs(g, c);
    const mm = cmp.mismatch(ins).filter((d) => d.what === "models");
    if (c.want.mismatch) {
      assert.deepStrictEqual(
        cmp.mismatch(ins).map((d) => ({ What: d.what, Values: d.values })),
        c.want.mismatch,
      );
      return;
    }
    assert.equal(mm.length, 0);
    let why = "";
    let mode = c.mode;
    if (!mode) ({ mode, why } = cmp.infer(ins));
    assert.equal(mode, c.want.mode, "mode");
    assert.equal(why, c.want.why || "", "why");
    assert.deepStrictEqual(cmp.noteMessages(ins, why), c.want.notes || [], "notes");
    const gr = cmp.buildGroup(g, ins, w, { requireEvidence: !!c.require_evidence });
    gr.notes = cmp.notes(w, ins, why);
    assert.deepStrictEqual(gr.names, c.want.names, "names");
    assert.equal(gr.disagreeing, c.want.disagreeing, "disagreeing");
    const rows = gr.rows.map((r) => ({ criterion: r.criterion, answers: r.answers, distinct: r.distinct, spread: r.spread, consensus: r.consensus, tie: r.tie, tie_lower: r.tieLower, dissent: r.dissent }));
    assert.deepStrictEqual(rows, c.want.rows, "rows, in order");
    const res = JSON.parse(JSON.stringify(gr.consensusResult));
    delete res.criteria;
    delete res.earned_quarters;
    delete res.possible_quarters;
    for (const d of res.domains) if (d.percent === undefined) d.percent = null;
    const want = structuredClone(c.want.consensus_score);
    delete want.earned_quarters;
    delete want.possible_quarters;
    assert.deepStrictEqual(pick(res, want), want, "the consensus's score");
    const ds = cmp.dates(ins);
    assert.ok(ds.length >= 1);
    assert.equal(cmp.fileBase("compare", gr.consensus.locality, gr.consensus.date), c.want.file_base);
    assert.equal(cmp.fileBase("consensus", gr.consensus.locality, gr.consensus.date), c.want.consensus_base);
    assert.equal(cmp.writeConsensus(g, gr, w, vectors.schema_url), c.want.consensus, "the consensus file");
    const html = cmp.writeHTML(cmp.groupDoc(g, gr, w, data.language, ""));
    if (html !== c.want.html) assert.equal(firstDiff(html, c.want.html), "", "the HTML report");
    // The consensus file opened on the self-check page of every language:
    // its points to discuss are counted whatever language the mark is in
    // (with the mark found), as exitguide check --lang L counts them.
    const dec = decode(Buffer.from(c.want.consensus, "utf8"));
    const { doc } = parse(dec.text);
    assert.deepStrictEqual(validate(g, doc, LANGS), [], "the consensus file is a valid proposal");
    const cp = fromDoc(doc);
    for (const lang of LANGS) {
      const gl = makeGuide(vectors.guide[lang]);
      const wl = wordsOf(lang);
      const v = reportView(wl.t, gl, vectors.guide[lang].language, cp, score(gl, cp, { requireEvidence: !!c.require_evidence }));
      assert.deepStrictEqual(v.counts, c.want.check_counts[lang], `the consensus file checked in ${lang}`);
    }
  });
}

// pick keeps the fields of got that want has (the JSON of score.Result).
function pick(got, want) {
  if (Array.isArray(want)) return (got || []).map((x, i) => pick(x, want[i]));
  if (want && typeof want === "object") return Object.fromEntries(Object.keys(want).map((k) => [k, pick(got?.[k], want[k])]));
  return got;
}

function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  js: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\n  go: ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

test("slug and file names as compare.FileBase writes them", () => {
  assert.equal(cmp.fileBase("compare", "Northmoor Borough (fictional)", "2026-11-16"), "compare-northmoor-borough-fictional-2026-11-16");
  assert.equal(cmp.fileBase("consensus", "  MO Zgornja Lipa  ", "2026-11-16"), "consensus-mo-zgornja-lipa-2026-11-16");
  assert.equal(cmp.fileBase("compare", "נווה ארזים", "2026-11-16"), "compare-נווה-ארזים-2026-11-16");
  assert.equal(cmp.fileBase("compare", "!!!", "2026-11-16"), "compare-2026-11-16");
});

test("Go's strconv.Quote", () => {
  assert.equal(cmp.goQuote('a "b" \\ c\nd\te'), '"a \\"b\\" \\\\ c\\nd\\te"');
  assert.equal(cmp.goQuote("x\u00a0y\u200bz"), '"x\\u00a0y\\u200bz"');
  assert.equal(cmp.goQuote("Søren · שלום ✓"), '"Søren · שלום ✓"');
});
