package fit_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/exitguide/exitguide/internal/fit"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/testutil"
)

// realGuide is the guide in checklists/: the questionnaire's fits are
// content, and these tests say what a planner who answers like each model's
// own situation is pointed to.
func realGuide(t testing.TB) *guide.Guide {
	t.Helper()
	_, g, errs := load.Dir(testutil.Root(t) + "/checklists")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return g
}

// TestRank: answers that describe each model's own situation point to that
// model; one answer that two models share is a tie; answers no model suits
// give no clear fit rather than a winner.
func TestRank(t *testing.T) {
	g := realGuide(t)
	tests := []struct {
		name    string
		answers fit.Answers
		outcome string
		top     []string
	}{
		{"nothing answered", fit.Answers{}, fit.None, []string{}},
		{"a Lambeth-like council with housing", fit.Answers{"target-group": "street-leaving", "housing": "staged-housing", "partners": "housing-partnership", "time-frame": "open-ended", "funding": "own-budget"}, fit.Clear, []string{"chrysalis"}},
		{"a Danish municipality's fixed-term exit team", fit.Answers{"target-group": "not-ready", "housing": "housing-services", "partners": "municipal-team", "time-frame": "year", "funding": "fixed-term"}, fit.Clear, []string{"cti-denmark"}},
		{"a city reaching people who sell sex indoors", fit.Answers{"target-group": "indoor-hidden", "housing": "housing-services", "partners": "municipal-team", "time-frame": "months", "funding": "fixed-term"}, fit.Clear, []string{"copenhagen"}},
		{"an NGO for people not ready to leave", fit.Answers{"target-group": "not-ready", "housing": "no-housing", "partners": "ngo-alone", "funding": "ngo-grants"}, fit.Clear, []string{"kljuc"}},
		{"street women only: two models", fit.Answers{"target-group": "street-leaving"}, fit.Tie, []string{"chrysalis", "copenhagen"}},
		{"no housing, an NGO, a municipal budget", fit.Answers{"housing": "no-housing", "partners": "ngo-alone", "funding": "own-budget"}, fit.NoClearFit, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := fit.Rank(g, tt.answers)
			if err != nil {
				t.Fatal(err)
			}
			if r.Outcome != tt.outcome || !slices.Equal(r.Top, tt.top) {
				t.Errorf("outcome %s, top %v; want %s, %v (%+v)", r.Outcome, r.Top, tt.outcome, tt.top, r.Models)
			}
			if r.Answered != len(tt.answers) || r.Max != 2*len(tt.answers) {
				t.Errorf("answered %d of max %d points, want %d and %d", r.Answered, r.Max, len(tt.answers), 2*len(tt.answers))
			}
			if len(r.Models) != len(g.Models) {
				t.Errorf("%d models ranked, want all %d", len(r.Models), len(g.Models))
			}
		})
	}
}

// TestRankOrdersTiesByModelOrder: models with equal points share a rank
// and keep the guide's model order, so the list never reshuffles.
func TestRankOrdersTiesByModelOrder(t *testing.T) {
	g := realGuide(t)
	r, err := fit.Rank(g, fit.Answers{"housing": "staged-housing"}) // chrysalis 2, cti 1, copenhagen 1, kljuc silent
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range r.Models {
		got = append(got, fmt.Sprintf("%d %s %d", m.Rank, m.Model, m.Points))
	}
	want := []string{"1 chrysalis 2", "2 cti-denmark 1", "2 copenhagen 1", "4 kljuc 0"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if r.Models[3].Levels[guide.FitSilent] != 1 {
		t.Errorf("Ključ's silence on housing is not counted as silent: %v", r.Models[3].Levels)
	}
}

// TestRankRefusesUnknownAnswers: an answer the questionnaire does not have
// is an error, never silently ignored.
func TestRankRefusesUnknownAnswers(t *testing.T) {
	g := realGuide(t)
	for _, a := range []fit.Answers{{"housing": "castle"}, {"colour": "blue"}} {
		if _, err := fit.Rank(g, a); err == nil {
			t.Errorf("%v: no error", a)
		}
	}
}

// parityCase is one set of answers and the ranking the browser must give.
type parityCase struct {
	Answers fit.Answers `json:"answers"`
	Outcome string      `json:"outcome"`
	Top     []string    `json:"top"`
	// Ranking is "rank model points" per model, in order.
	Ranking []string `json:"ranking"`
	// Silent counts each model's silent answers, by model id.
	Silent map[string]int `json:"silent"`
}

type parityQuestion struct {
	ID      string            `json:"id"`
	Options []guide.FitOption `json:"options"`
}

// TestParityVectors writes (with -update) and checks testdata/parity/fit.json:
// the questionnaire's fits and the Go ranking of every full set of
// answers, every single answer, no answer and every partial set with no
// clear fit. tests/parity/fit.test.mjs holds assets/js/fit.js to it.
func TestParityVectors(t *testing.T) {
	g := realGuide(t)
	v := struct {
		Comment   string                 `json:"comment"`
		Points    map[guide.FitLevel]int `json:"points"`
		Models    []string               `json:"models"`
		Questions []parityQuestion       `json:"questions"`
		Cases     []parityCase           `json:"cases"`
	}{Comment: "Written by go test ./internal/fit -run TestParityVectors -update; read by tests/parity/fit.test.mjs. Do not edit.", Points: fit.Points}
	for _, m := range g.Models {
		v.Models = append(v.Models, m.ID)
	}
	for _, q := range g.FitQuestions {
		v.Questions = append(v.Questions, parityQuestion{q.ID, q.Options})
	}
	var walk func(i int, a fit.Answers)
	walk = func(i int, a fit.Answers) {
		if i == len(g.FitQuestions) {
			r, err := fit.Rank(g, a)
			if err != nil {
				t.Fatal(err)
			}
			if len(a) == len(g.FitQuestions) || len(a) <= 1 || r.Outcome == fit.NoClearFit {
				c := parityCase{Answers: maps.Clone(a), Outcome: r.Outcome, Top: r.Top, Silent: map[string]int{}}
				for _, m := range r.Models {
					c.Ranking = append(c.Ranking, fmt.Sprintf("%d %s %d", m.Rank, m.Model, m.Points))
					c.Silent[m.Model] = m.Levels[guide.FitSilent]
				}
				v.Cases = append(v.Cases, c)
			}
			return
		}
		q := g.FitQuestions[i]
		walk(i+1, a)
		for _, o := range q.Options {
			a[q.ID] = o.ID
			walk(i+1, a)
			delete(a, q.ID)
		}
	}
	walk(0, fit.Answers{})
	outcomes := map[string]int{}
	for _, c := range v.Cases {
		outcomes[c.Outcome]++
	}
	for _, o := range []string{fit.None, fit.Clear, fit.Tie, fit.NoClearFit} {
		if outcomes[o] == 0 {
			t.Errorf("no case with outcome %s: %v", o, outcomes)
		}
	}
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	testutil.Golden(t, "../../testdata/parity/fit.json", append(b, '\n'))
}

// BenchmarkRank ranks the models for a full set of answers (make bench).
func BenchmarkRank(b *testing.B) {
	g := realGuide(b)
	a := fit.Answers{"target-group": "not-ready", "housing": "housing-services", "partners": "municipal-team", "time-frame": "year", "funding": "fixed-term"}
	for b.Loop() {
		if _, err := fit.Rank(g, a); err != nil {
			b.Fatal(err)
		}
	}
}
