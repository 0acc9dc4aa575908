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
import os from "node:os";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { makeGuide, score, pctText, numText, tenthsOf, criteriaFor } from "../../assets/js/selfcheck/score.js";
import { parse, decode, validate, lineOf, fromDoc, toYAML } from "../../assets/js/selfcheck/proposal.js";

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
    let gc = g;
    if (c.depends_on) {
      const data = structuredClone(vectors.guide);
      for (const [id, deps] of Object.entries(c.depends_on)) data.criteria[id].depends_on = deps;
      gc = makeGuide(data);
    }
    const r = JSON.parse(JSON.stringify(score(gc, c.proposal, { requireEvidence: !!c.require_evidence })));
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

// The text of a corpus file as the page gets it: bytes through decode
// (a file that is not UTF-8 text is refused there, as the CLI refuses it).
const fileText = (f) => (f.bytes ? decode(Buffer.from(f.bytes, "base64")) : decode(Buffer.from(f.text, "utf8")));

test("the loader accepts and refuses the same files, with the same messages at the same places", () => {
  const langs = vectors.guide.languages;
  let compared = 0;
  for (const f of vectors.files) {
    const dec = fileText(f);
    const { doc, problems } = dec.problems ? dec : parse(dec.text);
    if (f.parse_error) {
      assert.ok(problems?.length, `${f.name}: the Go loader cannot read it; the page must refuse it too`);
      if (f.parse_code) {
        assert.equal(problems[0].key, f.parse_code, `${f.name}: message`);
        assert.equal(problems[0].line, f.parse_line, `${f.name}: line`);
      }
      continue;
    }
    assert.ok(!problems, `${f.name}: parse problems ${JSON.stringify(problems)}`);
    const got = validate(g, doc, langs);
    assert.equal(got.length === 0, f.valid, `${f.name}: valid ${f.valid}, page says ${JSON.stringify(got)}`);
    assert.deepStrictEqual([...new Set(got.map((p) => p.pointer))].sort(), f.pointers, f.name);
    // Message key, arguments and line of every problem.
    const mine = got.map((p) => ({ ...p, line: lineOf(dec.text, p.pointer, p.at === "key") }));
    const key = (p) => `${p.pointer} ${p.key}`;
    assert.deepStrictEqual(mine.map(key).sort(), f.problems.map(key).sort(), `${f.name}: message keys`);
    // Each of Go's problems is one of the page's with the same key and
    // every argument the message uses (the page may carry more, such as
    // the {shown} it fills itself), at the same line.
    const left = [...mine];
    for (const want of f.problems) {
      const i = left.findIndex((x) => key(x) === key(want) && Object.entries(want.args).every(([n, v]) => x.args[n] === v));
      assert.ok(i >= 0, `${f.name}: ${key(want)} ${JSON.stringify(want.args)}: the page has ${JSON.stringify(left.filter((x) => key(x) === key(want)).map((x) => x.args))}`);
      assert.equal(left[i].line, want.line, `${f.name}: ${key(want)} ${JSON.stringify(want.args)}: line`);
      left.splice(i, 1);
      compared++;
    }
  }
  assert.ok(compared > 50, `${compared} problems compared`);
});

test("an answer to a retired criterion names the criterion that replaced it, as in Go", () => {
  const f = vectors.files.find((x) => x.name === "variant/retired-criterion.yaml");
  assert.ok(f, "the corpus has the retired-criterion variant");
  const got = validate(g, parse(f.text).doc, vectors.guide.languages);
  const into = vectors.guide.criteria["core.funding-certainty"];
  assert.ok(into.replaces.includes("cti-denmark.secure-time-frame"), "core.funding-certainty replaces it (checklists/core.yaml)");
  assert.deepStrictEqual(
    got.filter((p) => p.pointer === "/answers/cti-denmark.secure-time-frame"),
    [
      {
        pointer: "/answers/cti-denmark.secure-time-frame",
        key: "crit.retired",
        args: { criterion: "cti-denmark.secure-time-frame", into: "core.funding-certainty", models: "core, chrysalis" },
        at: "key", // reported at the key, as Go's atKey
      },
    ],
  );
});

// The proposal as the page writes it: every criterion of its models, one
// not answered as "dont-know" (as exitguide init writes it).
function asWritten(p) {
  const answers = { ...p.answers };
  for (const c of criteriaFor(g, p.models)) if (!answers[c.id]?.status) answers[c.id] = { status: "dont-know", evidence: "" };
  return { ...p, answers };
}

test("the page writes every criterion of the models; one not answered as init does", () => {
  const f = vectors.files.find((x) => x.valid && Object.keys(parse(x.text).doc.answers || {}).length < criteriaFor(g, parse(x.text).doc.models).length);
  assert.ok(f, "the corpus has a valid file with criteria not answered");
  const p = fromDoc(parse(decode(Buffer.from(f.text, "utf8")).text).doc);
  const yaml = toYAML(g, p);
  const ids = [...yaml.matchAll(/^  ([a-z0-9.-]+):$/gm)].map((m) => m[1]);
  assert.deepStrictEqual(ids, criteriaFor(g, p.models).map((c) => c.id), f.name);
  const open = ids.filter((id) => !p.answers[id]?.status);
  assert.ok(open.length > 0);
  for (const id of open) assert.ok(yaml.includes(`  ${id}:\n    status: dont-know\n    evidence: ""\n`), id);
  assert.deepStrictEqual(score(g, fromDoc(parse(yaml).doc)).dont_know, score(g, asWritten(p)).dont_know);
});

test("a valid file read and written by the page scores the same and validates again", () => {
  for (const f of vectors.files.filter((x) => x.valid)) {
    const { doc } = parse(decode(Buffer.from(f.text, "utf8")).text);
    const p = fromDoc(doc);
    const yaml = toYAML(g, p, { head: "test" });
    const again = parse(yaml);
    assert.ok(again.doc, `${f.name}: ${JSON.stringify(again.problems)}\n${yaml}`);
    assert.deepStrictEqual(validate(g, again.doc, vectors.guide.languages), [], f.name);
    assert.deepStrictEqual(score(g, fromDoc(again.doc)), score(g, asWritten(p)), f.name);
  }
});

test("every file the page writes is read by exitguide check, which scores it the same", () => {
  // Writer parity: toYAML's output goes to the Go loader and scorer (one
  // run of the CLI, JSON report), not only back to the page's own reader.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parity-"));
  const written = [];
  for (const [i, f] of vectors.files.filter((x) => x.valid).entries()) {
    const p = fromDoc(parse(decode(Buffer.from(f.text, "utf8")).text).doc);
    const file = path.join(dir, `${String(i).padStart(3, "0")}.yaml`);
    fs.writeFileSync(file, toYAML(g, p, { head: "parity" }));
    written.push({ name: f.name, file, want: compact(JSON.parse(JSON.stringify(score(g, asWritten(p))))) });
  }
  const out = execFileSync("go", ["run", "./cmd/exitguide", "check", "--format", "json", ...written.map((w) => w.file)], { cwd: root, maxBuffer: 64 << 20 });
  const reports = JSON.parse(out).reports;
  assert.equal(reports.length, written.length);
  for (const [i, w] of written.entries()) {
    const got = reports[i].score;
    assert.deepStrictEqual(compact(got), w.want, `${w.name}: written by the page, scored by the CLI`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

// The guide data the site generates (exitguide build writes it; a fresh
// clone gets it here, so this never skips).
function siteGuide() {
  const file = path.join(root, "generated/guide/en.json");
  if (!fs.existsSync(file)) execFileSync("go", ["run", "./cmd/exitguide", "build"], { cwd: root, stdio: "ignore" });
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

// Every field of the corpus guide, as data[key][id][field].
function* corpusFields() {
  for (const [key, entries] of Object.entries(vectors.guide)) {
    if (key === "scoring" || key === "languages" || key === "numbers") continue; // scoring: whole; the rest from language.yaml
    for (const [id, e] of Object.entries(entries)) for (const [f, v] of Object.entries(e)) yield [key, id, f, v];
  }
}

test("the guide data the site generates has the fields the corpus was made from", () => {
  const site = siteGuide();
  assert.deepStrictEqual(site.scoring, vectors.guide.scoring);
  for (const key of Object.keys(vectors.guide)) {
    if (key === "scoring" || key === "languages" || key === "numbers") continue;
    assert.deepStrictEqual(Object.keys(site[key]).sort(), Object.keys(vectors.guide[key]).sort(), key);
  }
  for (const [key, id, f, v] of corpusFields()) assert.deepStrictEqual(site[key][id][f], v, `${key}.${id}.${f}`);
});

test("the page's data file carries every field the scorer reads, and scores the corpus alike", () => {
  // The page ships a projection of the guide data, written by exitguide
  // build (internal/sitegen, selfCheckData) as generated/assets/selfcheck/LANG.json:
  // every field the corpus guide has must be in it, with the same value.
  siteGuide(); // builds generated/ on a fresh clone
  const gen = JSON.parse(fs.readFileSync(path.join(root, "generated/assets/selfcheck/en.json"), "utf8"));
  const site = siteGuide();
  for (const [key, id, f] of corpusFields()) {
    assert.ok(gen[key], `no ${key} in the self-check data`);
    assert.deepStrictEqual(gen[key][id]?.[f] ?? null, site[key][id]?.[f] ?? null, `the self-check data drops or changes ${key}.${id}.${f}`);
  }
  assert.deepStrictEqual(gen.scoring, site.scoring, "the self-check data ships the scoring method whole");
  // And the data file itself, of the site just built: make test-browser
  // runs this with SITE_DIR after building it (a public/ left from an older
  // checkout would only be stale here, so it is not read without SITE_DIR).
  if (!process.env.SITE_DIR) return;
  const dir = path.resolve(root, process.env.SITE_DIR, "en/self-check");
  const name = fs.existsSync(dir) && fs.readdirSync(dir).find((n) => /^data\..*json$/.test(n));
  if (!name) return;
  const page = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"));
  assert.deepStrictEqual(page.scoring, vectors.guide.scoring, "scoring");
  for (const [key, id, f, v] of corpusFields()) assert.deepStrictEqual(page[key][id][f] ?? null, v ?? null, `data.json ${key}.${id}.${f}`);
  const pg = makeGuide(page);
  for (const c of vectors.cases.filter((x) => !x.depends_on)) {
    assert.deepStrictEqual(compact(JSON.parse(JSON.stringify(score(pg, c.proposal, { requireEvidence: !!c.require_evidence })))), c.result, `${c.name} with the page's data`);
  }
});
