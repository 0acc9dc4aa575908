package compare_test

// Parity with the browser's group compare (assets/js/selfcheck/compare.js).
// This test writes, and checks against what the Go code produces now, the
// corpus testdata/parity/compare.json: groups of participants' proposal
// files (written here from the real guide, deterministic seed: every
// model, every language, twelve participants, "don't know", notes with
// quotes and line breaks, localities spelt several ways, a file a day
// early, shared names, require-evidence, files of another model) with what
// `exitguide compare --group` makes of them: the mode and why, the notes
// (keys and arguments), the rows in order, the consensus's score, the file
// names, the consensus file's bytes and the HTML report's bytes. The Node
// test tests/parity/compare.test.mjs runs the browser code on it.
//
//	go test ./internal/compare -run TestCompareParity -update   # regenerate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/compare"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
)

const (
	compareParityFile = "../../testdata/parity/compare.json"
	compareParitySeed = 20261202
)

func realGuide(t testing.TB) *guide.Guide {
	t.Helper()
	_, g, errs := load.Dir("../../checklists")
	if len(errs) > 0 {
		t.Fatalf("checklists: %v", errs)
	}
	return g
}

// parityFileText is one participant's file as the trainer drops it.
type parityFileText struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// paritySpec is how a group of the corpus is made.
type paritySpec struct {
	name            string
	model           string
	lang            string // the report's language
	n               int    // participants
	mode            string // "" inferred, or compare.ModeGroup (--group)
	requireEvidence bool
	early           int  // how many files are dated a day earlier
	spellings       bool // some files write the locality another way
	sameNames       int  // how many share one assessed_by
	agree           bool // everyone gives the same answers
	otherModel      bool // the last file names another model
	progress        bool // every file has another date (out of order): progress over time
}

// parityOwner and the texts below carry what a YAML writer must get right:
// quotes, backslashes, line breaks, tabs, a no-break space, Hebrew, Danish
// and Slovenian letters.
var parityTexts = []string{
	"Seen in the 2026 budget", "Signed \"partnership\" agreement", "Minutes of 3 March\nand 9 April", "Mapa\\2026 (skupna)",
	"Aftale med kommunen om bolig", "מסמך מדיניות עירוני", "Dogovor s\u00a0centrom za socialno delo", "Rota\twith keyworkers",
}

var parityNotes = []string{
	"Ask the housing officer.", "We disagree about \"in place\": only one service has it.", "Spørg Lene om budgettet\nfør mødet.",
	"לבדוק מול הרשות", "Preveriti pri vodji.",
}

// parityGroup writes the files of one group.
func parityGroup(g *guide.Guide, r *rand.Rand, s paritySpec) []parityFileText {
	localities := map[string]string{"chrysalis": "Northmoor Borough", "cti-denmark": "Fjordby Kommune", "copenhagen": "נווה ארזים", "kljuc": "MO Zgornja Lipa"}
	spelt := map[string][]string{
		"chrysalis":   {"Northmoor borough", " Northmoor Borough (council)"},
		"cti-denmark": {"Fjordby kommune", "Fjordby  Kommune"},
		"copenhagen":  {"עיריית נווה ארזים", "Neve Arazim"},
		"kljuc":       {"Mestna občina Zgornja Lipa", "MO Zgornja lipa"},
	}
	people := []string{"Ana Novak", "Mette Holm", "Rivka Levi", "Tom Reed", "Jana Kos", "Søren Bak", "Noa Cohen", "Priya Shah",
		"Luka Zupan", "Freja Dahl", "Dana Mizrahi", "Ola Berg", "Maja Horvat", "Kim Nørgaard"}
	crits := g.CriteriaFor(s.model)
	// What most of the room would say about each criterion.
	truth := map[string]string{}
	for _, c := range crits {
		truth[c.ID] = proposal.Statuses[r.IntN(len(proposal.Statuses))]
	}
	var out []parityFileText
	for k := range s.n {
		model := s.model
		if s.otherModel && k == s.n-1 {
			model = "kljuc"
			if s.model == "kljuc" {
				model = "chrysalis"
			}
		}
		loc := localities[s.model]
		if s.spellings && k%4 == 3 {
			loc = spelt[s.model][k/4%2]
		}
		date := "2026-11-16"
		if k < s.early {
			date = "2026-11-15"
		}
		if s.mode == compare.ModeGroup && !s.agree {
			date = fmt.Sprintf("2026-11-%02d", 1+k) // all different: inferred as progress, asked as a group
		}
		if s.progress {
			date = fmt.Sprintf("2026-%02d-15", 11-3*k) // newest first: the comparison orders them
		}
		who := people[k%len(people)]
		if k < s.sameNames {
			who = "Workshop table"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "proposal: 1\nlocality: %s\norganisations:\n  - %s\n", strconv.Quote(loc), strconv.Quote("Org "+strconv.Itoa(1+k%3)))
		fmt.Fprintf(&b, "models: [%s]\ndate: %s\nassessed_by: %s\nlanguage: %s\nanswers:\n", model, date, strconv.Quote(who), s.lang)
		for _, c := range g.CriteriaFor(model) {
			if !s.agree && r.IntN(10) == 0 {
				continue // unanswered
			}
			st := truth[c.ID]
			if st == "" || !s.agree && r.IntN(5) < 2 {
				st = proposal.Statuses[r.IntN(len(proposal.Statuses))]
			}
			if st == proposal.NotApplicable && !c.NAAllowed {
				st = proposal.DontKnow
			}
			fmt.Fprintf(&b, "  %s:\n    status: %s\n", c.ID, st)
			if (st == proposal.InPlace || st == proposal.Partly) && (s.agree || r.IntN(10) < 7) {
				fmt.Fprintf(&b, "    evidence: %s\n", strconv.Quote(parityTexts[r.IntN(len(parityTexts))]))
			}
			switch st {
			case proposal.Planned:
				fmt.Fprintf(&b, "    owner: %s\n    due: 2027-0%d-01\n", strconv.Quote(people[r.IntN(len(people))]), 1+r.IntN(9))
			case proposal.NotApplicable:
				fmt.Fprintf(&b, "    reason: %s\n", strconv.Quote(parityTexts[r.IntN(len(parityTexts))]))
			}
			if !s.agree && r.IntN(7) == 0 {
				fmt.Fprintf(&b, "    notes: %s\n", strconv.Quote(parityNotes[r.IntN(len(parityNotes))]))
			}
		}
		out = append(out, parityFileText{Name: fmt.Sprintf("%s-%02d.yaml", s.model, k+1), Text: b.String()})
	}
	return out
}

// parityWant is what compare makes of a group.
type parityWant struct {
	// Mismatch: files of different models are refused (nothing else is set).
	Mismatch       []compare.Difference `json:"mismatch,omitempty"`
	Mode           string               `json:"mode,omitempty"`
	Why            string               `json:"why,omitempty"`
	Notes          []parityNote         `json:"notes,omitempty"`
	Names          []string             `json:"names,omitempty"`
	Rows           []parityRow          `json:"rows,omitempty"`
	Disagreeing    int                  `json:"disagreeing"`
	ConsensusScore map[string]any       `json:"consensus_score,omitempty"`
	FileBase       string               `json:"file_base,omitempty"`
	ConsensusBase  string               `json:"consensus_base,omitempty"`
	Consensus      string               `json:"consensus,omitempty"` // the consensus file, as compare --consensus-out writes it
	HTML           string               `json:"html,omitempty"`      // the report, as compare --format html writes it
	// CheckCounts are the counts `exitguide check --lang L` says first
	// about the consensus file (claims without evidence, points to
	// discuss with the mark found, in any language, don't know), per L.
	CheckCounts map[string][]string `json:"check_counts,omitempty"`
}

type parityNote struct {
	Key  string            `json:"key"`
	Args map[string]string `json:"args"`
}

type parityRow struct {
	Criterion string   `json:"criterion"`
	Answers   []string `json:"answers"`
	Distinct  int      `json:"distinct"`
	Spread    int      `json:"spread"`
	Consensus string   `json:"consensus"`
	Tie       bool     `json:"tie"`
	TieLower  bool     `json:"tie_lower"`
	Dissent   int      `json:"dissent"`
}

type parityGroupCase struct {
	Name            string           `json:"name"`
	Lang            string           `json:"lang"`
	Mode            string           `json:"mode,omitempty"`
	RequireEvidence bool             `json:"require_evidence,omitempty"`
	Files           []parityFileText `json:"files"`
	Want            parityWant       `json:"want"`
}

// compareParityGuide is the guide data the page ships (the self-check's
// data file), in each language: structure, the texts compare uses, and
// each criterion's address.
func compareParityGuide(g *guide.Guide, cat *i18n.Catalogue) map[string]any {
	out := map[string]any{}
	var marks []string // the "to discuss" mark of every language, in the guide's order
	for _, l := range g.Languages {
		marks = append(marks, cat.Words(l.Code).T("compare_to_discuss"))
	}
	for _, l := range g.Languages {
		lang := l.Code
		domains := map[string]any{}
		for _, d := range g.Domains {
			t, _ := guide.TextOf(g, lang, guide.DomainTexts, d.ID)
			domains[d.ID] = map[string]any{"id": d.ID, "order": d.Order, "name": t.Name}
		}
		bands := map[string]any{}
		for i, b := range g.Scoring.Bands {
			t, _ := guide.TextOf(g, lang, guide.BandTexts, b.ID)
			bands[b.ID] = map[string]any{"id": b.ID, "min": b.Min, "order": i + 1, "name": t.Name}
		}
		models := map[string]any{}
		for _, m := range g.Models {
			models[m.ID] = map[string]any{"id": m.ID, "order": m.Order}
		}
		blocks := map[string]any{}
		criteria := map[string]any{}
		for _, b := range g.Blocks {
			model := b.Model
			if model == "" {
				model = "core"
			}
			blocks[b.ID] = map[string]any{"id": b.ID, "model": model, "order": b.Order}
			for i, c := range g.CriteriaOf(b.ID) {
				t, _ := guide.TextOf(g, lang, guide.CriterionTexts, c.ID)
				criteria[c.ID] = map[string]any{"id": c.ID, "block": c.Block, "model": model, "order": i + 1,
					"domain": c.Domain, "weight": c.Weight, "must_have": c.MustHave, "na_allowed": c.NAAllowed,
					"depends_on": c.DependsOn, "recommendations": c.Recommendations, "question": t.Question, "url": g.CriterionPath(lang, c.ID)}
			}
		}
		out[lang] = map[string]any{
			"language": map[string]any{"code": lang, "decimal": l.Decimal, "percent": l.Percent, "direction": l.Direction},
			"scoring":  map[string]any{"credits": g.Scoring.Credits, "cap_missing": g.Scoring.CapMissing, "cap_partial": g.Scoring.CapPartial},
			"domains":  domains, "bands": bands, "models": models, "blocks": blocks, "criteria": criteria, "to_discuss": marks,
		}
	}
	return out
}

// compareParityWords are the words compare uses, in every language (with
// the English fallback the CLI uses).
func compareParityWords(g *guide.Guide, cat *i18n.Catalogue) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, l := range g.Languages {
		w := cat.Words(l.Code)
		m := map[string]string{}
		for _, k := range cat.Keys(guide.SourceLang) {
			if strings.HasPrefix(k, "compare_") || strings.HasPrefix(k, "report_status_") || k == "report_score" || k == "report_points_of" || k == "report_points" ||
				slices.Contains([]string{"report_claimed_count", "report_claimed_count_required", "report_dont_know_count", "report_to_discuss_count"}, k) {
				m[k] = w.Text(k)
			}
		}
		out[l.Code] = m
	}
	return out
}

func compareParityBuild(t *testing.T) []byte {
	g := realGuide(t)
	cat, errs := i18n.Embedded()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	specs := []paritySpec{
		{name: "room-12", model: "chrysalis", lang: "en", n: 12, early: 1, spellings: true},
		{name: "room-12-sl", model: "kljuc", lang: "sl", n: 12, early: 1, spellings: true},
		{name: "room-12-require-evidence", model: "cti-denmark", lang: "da", n: 12, requireEvidence: true, spellings: true},
		{name: "he-small", model: "copenhagen", lang: "he", n: 3},
		{name: "he-room", model: "copenhagen", lang: "he", n: 9, early: 2, spellings: true},
		{name: "same-names", model: "chrysalis", lang: "da", n: 5, sameNames: 3},
		{name: "agree", model: "kljuc", lang: "en", n: 2, agree: true},
		{name: "asked-group-all-dates-differ", model: "cti-denmark", lang: "en", n: 4, mode: compare.ModeGroup},
		{name: "pair", model: "chrysalis", lang: "sl", n: 2},
		{name: "seven-with-chart", model: "kljuc", lang: "he", n: 7},
		{name: "other-model", model: "chrysalis", lang: "en", n: 3, otherModel: true},
		{name: "progress-3", model: "chrysalis", lang: "en", n: 3, progress: true},
		{name: "progress-4-he", model: "copenhagen", lang: "he", n: 4, progress: true, spellings: true},
		{name: "progress-2-da-require-evidence", model: "cti-denmark", lang: "da", n: 2, progress: true, requireEvidence: true},
		{name: "progress-3-sl", model: "kljuc", lang: "sl", n: 3, progress: true},
	}
	r := rand.New(rand.NewPCG(compareParitySeed, 1))
	var cases []parityGroupCase
	for _, s := range specs {
		files := parityGroup(g, r, s)
		c := parityGroupCase{Name: s.name, Lang: s.lang, Mode: s.mode, RequireEvidence: s.requireEvidence, Files: files}
		opt := score.Options{RequireEvidence: s.requireEvidence}
		var ins []compare.Input
		for _, f := range files {
			p, errs := proposal.Load(f.Name, []byte(f.Text), g, proposal.Messages{})
			if len(errs) > 0 {
				t.Fatalf("%s %s: %v\n%s", s.name, f.Name, errs, f.Text)
			}
			ins = append(ins, compare.Input{File: f.Name, Proposal: p, Result: score.ScoreWith(g, p, opt)})
		}
		w := cat.Words(s.lang)
		for _, d := range compare.Mismatch(ins) {
			if d.What == "models" {
				c.Want.Mismatch = compare.Mismatch(ins)
			}
		}
		if c.Want.Mismatch == nil {
			mode, why := s.mode, ""
			if mode == "" {
				mode, why = compare.Infer(ins)
			}
			c.Want.Mode, c.Want.Why = mode, why
			for _, n := range compare.NoteMessages(ins, why) {
				args := map[string]string{}
				for i := 0; i+1 < len(n.Args); i += 2 {
					args[n.Args[i]] = n.Args[i+1]
				}
				c.Want.Notes = append(c.Want.Notes, parityNote{Key: n.Key, Args: args})
			}
			if mode == compare.ModeProgress {
				pr := compare.BuildProgress(g, ins, w)
				pr.Notes = compare.Notes(w, ins, why)
				c.Want.FileBase = compare.FileBase("progress", pr.Inputs[0].Proposal.Locality, pr.Inputs[0].Proposal.Date, pr.Inputs[len(pr.Inputs)-1].Proposal.Date)
				var b bytes.Buffer
				if err := compare.Write(&b, g, nil, pr, "html", ""); err != nil {
					t.Fatal(err)
				}
				c.Want.HTML = b.String()
				cases = append(cases, c)
				continue
			}
			gr := compare.BuildGroupWith(g, ins, w, opt)
			gr.Notes = compare.Notes(w, ins, why)
			c.Want.Names = gr.Names
			c.Want.Disagreeing = gr.Disagreeing
			for _, row := range gr.Rows {
				c.Want.Rows = append(c.Want.Rows, parityRow{Criterion: row.Criterion, Answers: row.Answers, Distinct: row.Distinct, Spread: row.Spread,
					Consensus: row.Consensus, Tie: row.Tie, TieLower: row.TieLower, Dissent: row.Dissent})
			}
			j, _ := json.Marshal(gr.ConsensusRes)
			var res map[string]any
			if err := json.Unmarshal(j, &res); err != nil {
				t.Fatal(err)
			}
			delete(res, "criteria") // checked through the score parity corpus
			c.Want.ConsensusScore = res
			c.Want.FileBase = compare.FileBase("compare", gr.Consensus.Locality, gr.Consensus.Date)
			c.Want.ConsensusBase = compare.FileBase("consensus", gr.Consensus.Locality, gr.Consensus.Date)
			var b bytes.Buffer
			if err := compare.WriteConsensus(&b, g, gr, guide.SchemaURL("proposal")); err != nil {
				t.Fatal(err)
			}
			c.Want.Consensus = b.String()
			b.Reset()
			if err := compare.Write(&b, g, gr, nil, "html", ""); err != nil {
				t.Fatal(err)
			}
			c.Want.HTML = b.String()
			// The consensus file checked again, in every language.
			cp, errs := proposal.Load("consensus.yaml", []byte(c.Want.Consensus), g, proposal.Messages{})
			if len(errs) > 0 {
				t.Fatalf("%s: the consensus file: %v", s.name, errs)
			}
			c.Want.CheckCounts = map[string][]string{}
			for _, l := range g.Languages {
				in := report.Input{File: "consensus.yaml", Proposal: cp, Result: score.ScoreWith(g, cp, opt)}
				c.Want.CheckCounts[l.Code] = report.Build(g, in, report.Options{Lang: l.Code}).Counts
			}
		}
		cases = append(cases, c)
	}
	j := testutil.NewJSONLines(t)
	j.Field("comment", "Written by go test ./internal/compare -run TestCompareParity -update; read by tests/parity/compare.test.mjs. Do not edit.")
	j.Field("seed", compareParitySeed)
	j.Field("schema_url", guide.SchemaURL("proposal"))
	j.Field("guide", compareParityGuide(g, cat))
	j.Field("words", compareParityWords(g, cat))
	j.List("groups", len(cases), func(i int) any { return cases[i] })
	return j.Bytes()
}

// TestCompareParity fails when the committed corpus differs from what
// compare produces now: run it with -update (make golden), then the Node
// test (node --test tests/parity/).
func TestCompareParity(t *testing.T) {
	got := compareParityBuild(t)
	testutil.Golden(t, compareParityFile, got)
	var v struct {
		Groups []parityGroupCase `json:"groups"`
	}
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	// The corpus covers what a real room brings.
	var twelve, dontKnow, tie, notes, mixed, spelt, evidence, progress bool
	for _, c := range v.Groups {
		twelve = twelve || len(c.Files) >= 12 && c.Want.Mode == compare.ModeGroup
		mixed = mixed || c.Want.Why == compare.MixedDates
		progress = progress || c.Want.Mode == compare.ModeProgress && strings.Contains(c.Want.HTML, "↓") && strings.Contains(c.Want.HTML, "↑")
		evidence = evidence || c.RequireEvidence && c.Want.Mode != ""
		for _, n := range c.Want.Notes {
			spelt = spelt || n.Key == "compare_localities_differ"
		}
		for _, r := range c.Want.Rows {
			dontKnow = dontKnow || r.Consensus == proposal.DontKnow
			tie = tie || r.Tie
		}
		notes = notes || strings.Contains(c.Want.Consensus, "notes: ")
	}
	if !twelve || !dontKnow || !tie || !notes || !mixed || !spelt || !evidence || !progress {
		t.Errorf("corpus too narrow: twelve %v, dont-know %v, tie %v, notes %v, mixed dates %v, localities %v, require-evidence %v, progress up and down %v",
			twelve, dontKnow, tie, notes, mixed, spelt, evidence, progress)
	}
}

// BenchmarkGroup12: a twelve-person room (the parity corpus's first group)
// compared, its consensus file and HTML report written: what compare does
// after reading the files, and what the browser page repeats in JavaScript.
func BenchmarkGroup12(b *testing.B) {
	g := realGuide(b)
	cat, _ := i18n.Embedded()
	w := cat.Words("en")
	files := parityGroup(g, rand.New(rand.NewPCG(compareParitySeed, 1)), paritySpec{name: "room-12", model: "chrysalis", lang: "en", n: 12, early: 1, spellings: true})
	var ins []compare.Input
	for _, f := range files {
		p, errs := proposal.Load(f.Name, []byte(f.Text), g, proposal.Messages{})
		if len(errs) > 0 {
			b.Fatal(errs)
		}
		ins = append(ins, compare.Input{File: f.Name, Proposal: p, Result: score.Score(g, p)})
	}
	_, why := compare.Infer(ins)
	b.ResetTimer()
	for b.Loop() {
		gr := compare.BuildGroup(g, ins, w)
		gr.Notes = compare.Notes(w, ins, why)
		var out bytes.Buffer
		if err := compare.WriteConsensus(&out, g, gr, guide.SchemaURL("proposal")); err != nil {
			b.Fatal(err)
		}
		if err := compare.Write(&out, g, gr, nil, "html", ""); err != nil {
			b.Fatal(err)
		}
	}
}
