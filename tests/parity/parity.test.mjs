// Parity: the browser's scorer and proposal loader (assets/js/selfcheck/)
// against the Go scorer and loader, on the corpus the Go test writes
// (testdata/parity/vectors.json: go test ./internal/score -run
// TestParityVectors). Every number, band, sub-score and list must be
// identical, and every file the Go loader accepts or refuses must be
// accepted or refused here too, with the problems at the same places.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeGuide, score, pctText, numText, tenthsOf } from "../../assets/js/selfcheck/score.js";
import { parse, validate, fromDoc, toYAML } from "../../assets/js/selfcheck/proposal.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const vectors = JSON.parse(fs.readFileSync(path.join(root, "testdata/parity/vectors.json"), "utf8"));
const g = makeGuide(vectors.guide);
// Every language of the guide, with how it writes numbers (language.yaml).
const LANGS = vectors.guide.languages;
const numbers = vectors.guide.numbers;

// The compact per-criterion form the corpus stores (see parity_test.go).
const compact = (r) => ({
  ...r,
  criteria: r.criteria.map((c) => `${c.criterion} ${c.domain} ${c.status} ${c.answered} ${c.applicable} ${c.earned_quarters} ${c.possible_quarters}`),
});

test("the corpus is large and covers every band", () => {
  assert.ok(vectors.cases.length >= 200, `${vectors.cases.length} cases`);
  // ... and the statuses and options that came later: dont-know answers,
  // claims with no evidence, scored with and without evidence required.
  assert.ok(vectors.cases.some((c) => c.result.dont_know.length > 0), "no dont-know answer");
  assert.ok(vectors.cases.some((c) => c.result.claimed_not_shown.length > 0 && !c.require_evidence), "no claim without evidence");
  assert.ok(vectors.cases.some((c) => c.require_evidence && c.result.claimed_not_shown.length > 0), "no case with evidence required");
  assert.equal(new Set(vectors.cases.map((c) => c.result.band)).size, g.bands.length);
});

test("every result is identical to the Go scorer's", () => {
  let n = 0;
  for (const c of vectors.cases) {
    const r = JSON.parse(JSON.stringify(score(g, c.proposal, { requireEvidence: !!c.require_evidence })));
    assert.deepStrictEqual(compact(r), c.result, c.name);
    for (const lang of LANGS) {
      const want = c.text[lang];
      const fmt = numbers[lang];
      const got = {
        percent: pctText(fmt, tenthsOf(r)),
        earned: numText(fmt, r.earned_quarters),
        possible: numText(fmt, r.possible_quarters),
        domains: r.domains.map((d) => (d.possible_quarters > 0 ? pctText(fmt, tenthsOf(d)) : "")),
      };
      assert.deepStrictEqual(got, want, `${c.name} (${lang})`);
    }
    n++;
  }
  assert.equal(n, vectors.cases.length);
});

test("the loader accepts and refuses the same files, with problems at the same places", () => {
  const langs = vectors.guide.languages;
  for (const f of vectors.files) {
    const { doc, problems } = parse(f.text);
    if (f.parse_error) {
      assert.ok(problems?.length, `${f.name}: the Go loader cannot read it; the page must refuse it too`);
      continue;
    }
    assert.ok(!problems, `${f.name}: parse problems ${JSON.stringify(problems)}`);
    const got = validate(g, doc, langs);
    assert.equal(got.length === 0, f.valid, `${f.name}: valid ${f.valid}, page says ${JSON.stringify(got)}`);
    assert.deepStrictEqual([...new Set(got.map((p) => p.pointer))].sort(), f.pointers, f.name);
  }
});

test("an answer to a retired criterion names the criterion that replaced it, as in Go", () => {
  const f = vectors.files.find((x) => x.name === "variant/retired-criterion.yaml");
  assert.ok(f, "the corpus has the retired-criterion variant");
  const got = validate(g, parse(f.text).doc, vectors.guide.languages);
  const into = vectors.guide.criteria["core.funding-certainty"];
  assert.ok(into.replaces.includes("cti-denmark.secure-time-frame"), "core.funding-certainty replaces it (checklists/core.yaml)");
  assert.deepStrictEqual(
    got.filter((p) => p.pointer === "/answers/cti-denmark.secure-time-frame"),
    [{ pointer: "/answers/cti-denmark.secure-time-frame", key: "crit.retired", args: { criterion: "cti-denmark.secure-time-frame", into: "core.funding-certainty" } }],
  );
});

test("a valid file read and written by the page scores the same and validates again", () => {
  for (const f of vectors.files.filter((x) => x.valid)) {
    const { doc } = parse(f.text);
    const p = fromDoc(doc);
    const yaml = toYAML(g, p, { head: "test" });
    const again = parse(yaml);
    assert.ok(again.doc, `${f.name}: ${JSON.stringify(again.problems)}\n${yaml}`);
    assert.deepStrictEqual(validate(g, again.doc, vectors.guide.languages), [], f.name);
    assert.deepStrictEqual(score(g, fromDoc(again.doc)), score(g, p), f.name);
  }
});

test("the guide data the site generates has the fields the corpus was made from", (t) => {
  const file = path.join(root, "generated/data/guide/en.json");
  if (!fs.existsSync(file)) return t.skip("generated/ not built (exitguide build)");
  const site = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const [key, entries] of Object.entries(vectors.guide)) {
    if (key === "scoring") {
      assert.deepStrictEqual(site.scoring, entries);
      continue;
    }
    if (key === "languages" || key === "numbers") continue; // from language.yaml, not the guide data
    assert.deepStrictEqual(Object.keys(site[key]).sort(), Object.keys(entries).sort(), key);
    for (const [id, e] of Object.entries(entries)) {
      for (const [f, v] of Object.entries(e)) assert.deepStrictEqual(site[key][id][f], v, `${key}.${id}.${f}`);
    }
  }
});
