// Parity: the browser's ranking for "which model fits us"
// (assets/js/fit/rank.js) against the Go one (internal/fit), on every case
// the Go test writes (testdata/parity/fit.json: go test ./internal/fit -run
// TestParityVectors -update).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rank } from "../../assets/js/fit/rank.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const vectors = JSON.parse(fs.readFileSync(path.join(root, "testdata/parity/fit.json"), "utf8"));

test("the corpus covers every outcome", () => {
  assert.ok(vectors.cases.length >= 200, `${vectors.cases.length} cases`);
  for (const o of ["none", "clear", "tie", "no-clear-fit"]) {
    assert.ok(vectors.cases.some((c) => c.outcome === o), `no case with outcome ${o}`);
  }
});

test("every ranking is identical to the Go one", () => {
  for (const c of vectors.cases) {
    const r = rank(vectors, c.answers);
    const got = {
      outcome: r.outcome,
      top: r.top,
      ranking: r.models.map((m) => `${m.rank} ${m.model} ${m.points}`),
      silent: Object.fromEntries(r.models.map((m) => [m.model, m.levels.silent || 0])),
    };
    assert.deepEqual(got, { outcome: c.outcome, top: c.top, ranking: c.ranking, silent: c.silent }, JSON.stringify(c.answers));
  }
});

test("an answer the questionnaire does not have is refused", () => {
  assert.throws(() => rank(vectors, { housing: "castle" }));
  assert.throws(() => rank(vectors, { colour: "blue" }));
});
