// Parity: the planning page's calculator (assets/js/plan/compute.js)
// against internal/plan, on the corpus the Go test writes
// (testdata/parity/plan.json: go test ./internal/plan -run TestParityPlan):
// for every model, number of women and set of costs, the same quantities,
// rules, amounts, statuses and totals, and in every language the same
// words (the sum shown, the amounts, what was left out).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compute, view, parseNumber, money } from "../../assets/js/plan/compute.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = JSON.parse(fs.readFileSync(path.join(root, "testdata/parity/plan.json"), "utf8"));
const langs = Object.keys(corpus.data);

test("the corpus covers every model, status and language", () => {
  assert.ok(langs.length >= 4, `${langs.length} languages`);
  const models = new Set(corpus.cases.map((c) => c.model));
  assert.equal(models.size, corpus.data.en.models.length);
  const statuses = new Set(corpus.cases.flatMap((c) => c.want.lines.map((l) => l.status)));
  for (const s of ["in-total", "no-cost", "no-figure", "info"]) assert.ok(statuses.has(s), `no line ${s}`);
  const rules = new Set(corpus.cases.flatMap((c) => c.want.lines.map((l) => l.need.rule)));
  for (const r of ["women-year", "group-size", "count", "meetings-year", "none", "user", "info"]) assert.ok(rules.has(r), `no rule ${r}`);
});

// goNeed is a need as Go's JSON writes it: per and ratio left out when 0.
function goNeed(n) {
  const out = { ...n };
  if (!out.per) delete out.per;
  if (!out.ratio) delete out.ratio;
  return out;
}

test("every worksheet is the Go one, number for number", () => {
  for (const c of corpus.cases) {
    const model = corpus.data.en.models.find((m) => m.id === c.model);
    const ws = compute(model, c.women, c.costs);
    const got = {
      lines: ws.lines.map((l) => ({ id: l.id, need: goNeed(l.need), cost: l.cost, amount: l.amount, status: l.status })),
      total_year: ws.total_year,
      total_project: ws.total_project,
    };
    assert.deepEqual(got, c.want, `${c.model}, ${c.women} women, costs ${JSON.stringify(c.costs)}`);
  }
});

test("every worksheet reads the same in every language", () => {
  for (const lang of langs) {
    const data = corpus.data[lang];
    for (const c of corpus.cases) {
      const model = data.models.find((m) => m.id === c.model);
      const v = view(data, model, compute(model, c.women, c.costs));
      const want = c.words[lang];
      assert.deepEqual(
        v.lines.map((l) => ({ id: l.id, need: l.need, quantity: l.quantity, unit_cost: l.unit_cost, amount: l.amount, status: l.status })),
        want.lines,
        `${lang} ${c.model} ${c.women}`,
      );
      assert.equal(v.total_year, want.total_year, `${lang} ${c.model} ${c.women} total a year`);
      assert.equal(v.total_project, want.total_project, `${lang} ${c.model} ${c.women} total once`);
      assert.deepEqual(v.left_out, want.left_out, `${lang} ${c.model} ${c.women} left out`);
    }
  }
});

test("a number typed as the language writes it reads back", () => {
  for (const lang of langs) {
    const l = corpus.data[lang].language;
    for (const f of [0, 7, 1234.5, 520000, 1040000.5]) {
      assert.equal(parseNumber(l, money(l, f)), f, `${lang}: ${money(l, f)}`);
    }
    assert.equal(parseNumber(l, "12 000"), 12000);
    assert.ok(Number.isNaN(parseNumber(l, "12 kr")));
    assert.ok(Number.isNaN(parseNumber(l, "-5")));
    assert.ok(Number.isNaN(parseNumber(l, "")));
  }
});
