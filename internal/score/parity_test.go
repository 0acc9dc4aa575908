package score_test

// Parity with the browser scorer (assets/js/selfcheck/score.js). This test
// writes, and checks against what the Go code produces now, the shared
// corpus testdata/parity/vectors.json: the guide data the page ships, every
// example proposal and generated ones (deterministic seed) with the Go
// result, the numbers as the report writes them in every language, and the
// verdict of the proposal loader on good and broken files. The Node test
// tests/parity/parity.test.mjs runs the browser code on the same corpus.
//
//	go test ./internal/score -run TestParityVectors -update   # regenerate

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

const (
	parityFile      = "../../testdata/parity/vectors.json"
	parityGenerated = 200
	paritySeed      = 20261123
)

type parityCase struct {
	Name string `json:"name"`
	// RequireEvidence is score.Options.RequireEvidence (the browser's
	// requireEvidence).
	RequireEvidence bool `json:"require_evidence,omitempty"`
	// DependsOn replaces the depends_on of criteria of the corpus guide for
	// this case (a prerequisite named twice: scored alike in both).
	DependsOn map[string][]string        `json:"depends_on,omitempty"`
	Proposal  *proposal.Proposal         `json:"proposal"`
	Result    map[string]any             `json:"result"`
	Text      map[string]parityFormatted `json:"text"`
}

// parityResult is score.Result as JSON, with its per-criterion list written
// compactly ("id status answered applicable earned possible", one string
// per criterion) to keep the corpus small.
func parityResult(t *testing.T, r score.Result) map[string]any {
	j, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(j, &m); err != nil {
		t.Fatal(err)
	}
	compact := []string{}
	for _, c := range r.Criteria {
		compact = append(compact, fmt.Sprintf("%s %s %s %t %t %d %d", c.Criterion, c.Domain, c.Status, c.Answered, c.Applicable, c.EarnedQuarters, c.PossibleQuarters))
	}
	m["criteria"] = compact
	return m
}

// parityFormatted is how the report writes the numbers in one language.
type parityFormatted struct {
	Percent  string   `json:"percent"`
	Earned   string   `json:"earned"`
	Possible string   `json:"possible"`
	Domains  []string `json:"domains"` // "" for a domain with nothing possible
}

// parityFile is a proposal file with the loader's verdict.
type parityLoad struct {
	Name string `json:"name"`
	Text string `json:"text"`
	// Bytes holds the file, base64, when it is not UTF-8 text (Latin-1,
	// UTF-16, NUL bytes): the page reads such a file as bytes and must
	// refuse it as the CLI does.
	Bytes    string   `json:"bytes,omitempty"`
	Valid    bool     `json:"valid"`
	Parse    bool     `json:"parse_error"` // the file is not readable YAML (no pointers then)
	Pointers []string `json:"pointers"`    // where each problem is, sorted, without duplicates
	// ParseCode is the message key of a problem found before the YAML is
	// parsed (parse.utf16, parse.not-utf8, parse.nul, parse.control,
	// parse.empty, parse.too-large), with its line; "" otherwise (the
	// YAML parsers' own complaints differ and are not compared).
	ParseCode string `json:"parse_code,omitempty"`
	ParseLine int    `json:"parse_line,omitempty"`
	// Problems are the loader's problems (none for a parse error): the
	// message key, its arguments by name and the line, sorted by pointer,
	// then key.
	Problems []parityProblem `json:"problems"`
}

// parityProblem is one problem as the page must report it.
type parityProblem struct {
	Pointer string            `json:"pointer"`
	Key     string            `json:"key"`
	Args    map[string]string `json:"args"`
	Line    int               `json:"line"`
}

type parityVectors struct {
	Comment string         `json:"comment"`
	Seed    int            `json:"seed"`
	Guide   map[string]any `json:"guide"`
	Cases   []parityCase   `json:"cases"`
	Files   []parityLoad   `json:"files"`
}

func realGuide(t testing.TB) *guide.Guide {
	_, g, errs := load.Dir("../../checklists")
	if len(errs) > 0 {
		t.Fatalf("checklists: %v", errs)
	}
	return g
}

func coreOr(m string) string {
	if m == "" {
		return "core"
	}
	return m
}

// parityGuide is the part of hugo.Data.guide.LANG (internal/sitegen) that
// scoring reads, in the same shape.
func parityGuide(g *guide.Guide) map[string]any {
	domains := map[string]any{}
	for _, d := range g.Domains {
		domains[d.ID] = map[string]any{"id": d.ID, "order": d.Order}
	}
	bands := map[string]any{}
	for i, b := range g.Scoring.Bands {
		bands[b.ID] = map[string]any{"id": b.ID, "min": b.Min, "order": i + 1}
	}
	models := map[string]any{}
	for _, m := range g.Models {
		models[m.ID] = map[string]any{"id": m.ID, "order": m.Order}
	}
	blocks := map[string]any{}
	criteria := map[string]any{}
	for _, b := range g.Blocks {
		blocks[b.ID] = map[string]any{"id": b.ID, "model": coreOr(b.Model), "order": b.Order}
		for i, c := range g.CriteriaOf(b.ID) {
			criteria[c.ID] = map[string]any{"id": c.ID, "block": c.Block, "model": coreOr(b.Model), "order": i + 1,
				"domain": c.Domain, "weight": c.Weight, "must_have": c.MustHave, "na_allowed": c.NAAllowed,
				"depends_on": nonNilS(c.DependsOn), "recommendations": nonNilS(c.Recommendations), "replaces": nonNilS(c.Replaces)}
		}
	}
	var langs []string
	numbers := map[string]any{}
	for _, l := range g.Languages {
		langs = append(langs, l.Code)
		numbers[l.Code] = map[string]any{"decimal": l.Decimal, "percent": l.Percent}
	}
	return map[string]any{
		"languages": langs,
		// How each language writes numbers (language.yaml), as the page's
		// data file carries its own language's.
		"numbers":  numbers,
		"scoring":  map[string]any{"credits": g.Scoring.Credits, "cap_missing": g.Scoring.CapMissing, "cap_partial": g.Scoring.CapPartial},
		"domains":  domains,
		"bands":    bands,
		"models":   models,
		"blocks":   blocks,
		"criteria": criteria,
	}
}

func nonNilS(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func formatted(g *guide.Guide, r score.Result) map[string]parityFormatted {
	out := map[string]parityFormatted{}
	for _, l := range g.Languages {
		f := parityFormatted{Percent: l.Pct(r.Percent), Earned: l.Num(r.Earned), Possible: l.Num(r.Possible), Domains: []string{}}
		for _, d := range r.Domains {
			s := ""
			if d.Percent != nil {
				s = l.Pct(*d.Percent)
			}
			f.Domains = append(f.Domains, s)
		}
		out[l.Code] = f
	}
	return out
}

// generated makes n proposals over the real checklists: any mix of models
// and statuses, with the cases the scorer must treat alike in both
// languages (unanswered criteria, dont-know answers, not-applicable where it is not allowed or
// without a reason, planned without an owner or a due date, blank strings,
// unknown statuses, answers to criteria of other models).
func generated(g *guide.Guide, n int) []*proposal.Proposal {
	rng := rand.New(rand.NewPCG(paritySeed, 1))
	var ids []string
	for _, m := range g.Models {
		ids = append(ids, m.ID)
	}
	blank := []string{"", " ", "\t", "\u00a0", "\u3000 "}
	text := func(p float64, s string) string {
		if rng.Float64() < p {
			return s
		}
		return blank[rng.IntN(len(blank))]
	}
	var out []*proposal.Proposal
	for i := range n {
		models := []string{ids[rng.IntN(len(ids))]}
		if rng.IntN(5) == 0 {
			perm := rng.Perm(len(ids))
			models = nil
			for _, j := range perm[:2+rng.IntN(len(ids)-1)] {
				models = append(models, ids[j])
			}
		}
		p := &proposal.Proposal{Proposal: 1, Locality: fmt.Sprintf("Generated %03d", i), Organisations: []string{"Parity test"},
			Models: models, Date: "2026-11-23", AssessedBy: "parity_test.go", Language: g.Languages[i%len(g.Languages)].Code, Answers: map[string]proposal.Answer{}}
		// A bias per proposal, so that every band comes out.
		bias := rng.Float64()
		for _, c := range g.CriteriaFor(models...) {
			switch {
			case i == 1: // nothing answered
				continue
			case i == 0:
				p.Answers[c.ID] = proposal.Answer{Status: proposal.InPlace}
				continue
			case i == 2 && c.NAAllowed:
				p.Answers[c.ID] = proposal.Answer{Status: proposal.NotApplicable, Reason: "r"}
				continue
			case i == 2:
				continue
			}
			if rng.Float64() < 0.08 {
				continue // unanswered
			}
			var a proposal.Answer
			switch x := rng.Float64(); {
			case x < bias*0.8:
				a.Status = proposal.InPlace
			case x < bias*0.8+0.2:
				a.Status = proposal.Partly
			case x < bias*0.8+0.35:
				a.Status = proposal.Planned
				a.Owner = text(0.85, "Team lead")
				a.Due = text(0.9, "2027-06-30")
			case x < bias*0.8+0.45 && (c.NAAllowed || rng.IntN(4) == 0):
				a.Status = proposal.NotApplicable
				a.Reason = text(0.85, "Not needed here")
			case rng.IntN(40) == 0:
				a.Status = []string{"done", "In-Place", ""}[rng.IntN(3)]
			case rng.IntN(6) == 0:
				a.Status = proposal.DontKnow // a question to find out
			default:
				a.Status = proposal.NotStarted
			}
			switch rng.IntN(8) {
			case 0:
				a.Evidence = "Minutes"
			case 1:
				a.Evidence = blank[rng.IntN(len(blank))] // blank: claimed, not shown
			}
			p.Answers[c.ID] = a
		}
		if rng.IntN(10) == 0 { // an answer to a criterion of no listed model: ignored
			c := g.Criteria[rng.IntN(len(g.Criteria))]
			if !slices.Contains(models, g.ModelOf(c)) && g.ModelOf(c) != "" {
				p.Answers[c.ID] = proposal.Answer{Status: proposal.InPlace}
			}
		}
		out = append(out, p)
	}
	return out
}

// loadCorpus is every proposal file the repository holds (examples, test
// proposals, the broken corpus) and some broken variants of the examples.
func loadCorpus(t *testing.T, g *guide.Guide) []parityLoad {
	var names []string
	for _, pat := range []string{"../../examples/*.yaml", "../../testdata/proposals/*.yaml", "../../testdata/proposals/bad/*.yaml", "../../testdata/proposals/bad/*.json",
		"../../testdata/proposals/hostile/*.yaml", "../../testdata/proposals/clean/*.yaml", "../../testdata/compare/room/*.yaml"} {
		m, _ := filepath.Glob(pat)
		names = append(names, m...)
	}
	sort.Strings(names)
	var out []parityLoad
	add := func(name string, data []byte) {
		p, errs := proposal.Load(name, data, g, proposal.Messages{Lang: "en"})
		l := parityLoad{Name: name, Valid: p != nil && len(errs) == 0, Pointers: []string{}, Problems: []parityProblem{}}
		if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
			l.Bytes = base64.StdEncoding.EncodeToString(data)
		} else {
			l.Text = string(data)
		}
		_, perrs := yamlpos.Parse(name, data, proposal.Limits)
		l.Parse = len(perrs) > 0
		if l.Parse {
			if c := perrs[0].Code; prePars[c] {
				l.ParseCode, l.ParseLine = c, perrs[0].Line
			}
			out = append(out, l)
			return
		}
		for _, e := range errs {
			if !slices.Contains(l.Pointers, e.Pointer) {
				l.Pointers = append(l.Pointers, e.Pointer)
			}
			pp := parityProblem{Pointer: e.Pointer, Key: e.Code, Args: map[string]string{}, Line: e.Line}
			for i := 0; i+1 < len(e.Args); i += 2 {
				pp.Args[e.Args[i]] = e.Args[i+1]
			}
			l.Problems = append(l.Problems, pp)
		}
		sort.Strings(l.Pointers)
		sort.SliceStable(l.Problems, func(i, j int) bool {
			a, b := l.Problems[i], l.Problems[j]
			return a.Pointer < b.Pointer || a.Pointer == b.Pointer && a.Key < b.Key
		})
		out = append(out, l)
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		add(strings.TrimPrefix(n, "../../"), data)
	}
	// A Latin-1 file (Notepad's "ANSI"), as the walkthrough saved one.
	add("variant/latin1.yaml", bytes.Replace(mustRead(t, "../../examples/cti-fjordby-da.yaml"), []byte("Fjordby"), []byte("\xc5rhus"), 1))
	// Broken variants of one example, one rule each.
	base, err := os.ReadFile("../../examples/chrysalis-northmoor-en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct{ name, from, to string }{
		{"planned-no-owner", "status: partly", "status: planned\n    due: 2027-01-31"},
		{"planned-no-due", "status: partly", "status: planned\n    owner: \"Board\""},
		{"bad-due", "status: partly", "status: planned\n    owner: \"Board\"\n    due: 2027-02-30"},
		{"na-no-reason", "status: partly", "status: not-applicable"},
		{"bad-status", "status: partly", "status: done"},
		{"bad-date", "date: 20", "date: 31.12.20"},
		{"unknown-model", "models: [chrysalis]", "models: [chrysalys]"},
		{"two-models", "models: [chrysalis]", "models: [chrysalis, kljuc]"},
		{"dup-model", "models: [chrysalis]", "models: [chrysalis, chrysalis]"},
		{"empty-locality", "locality: \"", "locality: \"\"\nx_locality: \""},
		{"version-2", "proposal: 1", "proposal: 2"},
		{"language-xx", "language: en", "language: xx"},
		{"unknown-criterion", "answers:\n", "answers:\n  core.no-such-thing:\n    status: in-place\n"},
		{"retired-criterion", "answers:\n", "answers:\n  cti-denmark.secure-time-frame:\n    status: in-place\n"},
		{"other-model", "answers:\n", "answers:\n  kljuc.anonymous-channel:\n    status: in-place\n"},
		{"unknown-answer-field", "status: partly", "status: partly\n    owners: \"x\""},
		{"status-number", "status: partly", "status: 3"},
		{"dont-know", "status: partly", "status: dont-know"},
		{"cyrillic-model", "models: [chrysalis]", "models: [ключ]"},
		{"evidence-misindented", "status: partly\n    evidence:", "status: partly\n  evidence:"},
		{"planned-no-owner-late", "status: in-place\n    evidence: \"Outreach", "status: planned\n    due: 2027-01-31\n    evidence: \"Outreach"},
		{"dont-know-misspelt", "status: partly", "status: dont_know"},
		{"evidence-list", "status: partly", "status: partly\n    notes: [a, b]"},
	}
	for _, v := range variants {
		if !bytes.Contains(base, []byte(v.from)) {
			t.Fatalf("variant %s: %q not in the example", v.name, v.from)
		}
		add("variant/"+v.name+".yaml", bytes.Replace(base, []byte(v.from), []byte(v.to), 1))
	}
	return out
}

func parityBuild(t *testing.T) []byte {
	g := realGuide(t)
	v := parityVectors{
		Comment: "Written by go test ./internal/score -run TestParityVectors -update; read by tests/parity/parity.test.mjs. Do not edit.",
		Seed:    paritySeed,
		Guide:   parityGuide(g),
	}
	examples, _ := filepath.Glob("../../examples/*.yaml")
	sort.Strings(examples)
	for _, f := range examples {
		p, errs, _ := proposal.ReadFile(f, g, proposal.Messages{})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", f, errs)
		}
		r := score.Score(g, p)
		v.Cases = append(v.Cases, parityCase{Name: strings.TrimPrefix(f, "../../"), Proposal: p, Result: parityResult(t, r), Text: formatted(g, r)})
	}
	for i, p := range generated(g, parityGenerated) {
		r := score.Score(g, p)
		v.Cases = append(v.Cases, parityCase{Name: fmt.Sprintf("generated/%03d", i), Proposal: p, Result: parityResult(t, r), Text: formatted(g, r)})
		if i%4 == 0 { // and again with evidence required
			r := score.ScoreWith(g, p, score.Options{RequireEvidence: true})
			v.Cases = append(v.Cases, parityCase{Name: fmt.Sprintf("generated/%03d/require-evidence", i), RequireEvidence: true, Proposal: p,
				Result: parityResult(t, r), Text: formatted(g, r)})
		}
	}
	// A guide whose criterion names its prerequisite twice (the schema and
	// lint refuse it now; the scorers still agree on it).
	g2 := *g
	g2.Criteria = slices.Clone(g.Criteria)
	patch := map[string][]string{}
	for i, c := range g2.Criteria {
		if len(c.DependsOn) > 0 && len(patch) < 3 {
			c.DependsOn = append(slices.Clone(c.DependsOn), c.DependsOn[0])
			g2.Criteria[i] = c
			patch[c.ID] = c.DependsOn
		}
	}
	if len(patch) == 0 {
		t.Fatal("no criterion with depends_on to duplicate")
	}
	for i, p := range generated(g, 40) {
		r := score.Score(&g2, p)
		v.Cases = append(v.Cases, parityCase{Name: fmt.Sprintf("duplicate-depends-on/%03d", i), DependsOn: patch, Proposal: p,
			Result: parityResult(t, r), Text: formatted(&g2, r)})
	}
	v.Files = loadCorpus(t, g)
	// One case or file per line: small diffs when the corpus changes.
	j := testutil.NewJSONLines(t)
	j.Field("comment", v.Comment)
	j.Field("seed", v.Seed)
	j.Field("guide", v.Guide)
	j.List("cases", len(v.Cases), func(i int) any { return v.Cases[i] })
	j.List("files", len(v.Files), func(i int) any { return v.Files[i] })
	return j.Bytes()
}

// TestParityVectors fails when the committed corpus differs from what the
// Go scorer and loader produce now: run it with -update (make golden), then
// the Node test (node --test tests/parity/).
func TestParityVectors(t *testing.T) {
	got := parityBuild(t)
	testutil.Golden(t, parityFile, got)
	var v parityVectors
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	bands := map[string]int{}
	for _, c := range v.Cases {
		bands[c.Result["band"].(string)]++
	}
	if len(v.Cases) < parityGenerated || len(bands) < 4 {
		t.Errorf("corpus too narrow: %d cases, bands %v", len(v.Cases), bands)
	}
}

// prePars are the codes yamlpos.Parse gives before it parses the YAML: the
// page finds the same ones itself (proposal.js decode and parse).
var prePars = map[string]bool{"parse.utf16": true, "parse.not-utf8": true, "parse.nul": true, "parse.control": true,
	"parse.empty": true, "parse.too-large": true}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
