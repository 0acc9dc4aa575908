// Package fit ranks the models for a planner's answers to the questionnaire
// "which model fits us" (checklists/fit.yaml). It is the one statement of
// the rule: the site's page (assets/js/fit.js) does the same in the
// browser and is held to it by testdata/parity/fit.json. Pure functions,
// no I/O.
package fit

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/exitguide/exitguide/internal/guide"
)

// Points is what each fit level adds to a model's score. Silent counts
// nothing, like poor, but it is shown as "the sources do not say", never
// as a poor fit.
var Points = map[guide.FitLevel]int{
	guide.FitGood:     2,
	guide.FitPossible: 1,
	guide.FitPoor:     0,
	guide.FitSilent:   0,
}

// The outcomes of a ranking.
const (
	// None: no question answered yet.
	None = "none"
	// Clear: one model has the most points, at least "possible" on average.
	Clear = "clear"
	// Tie: two or more models share the most points, at least "possible" on average.
	Tie = "tie"
	// NoClearFit: even the best model averages below "possible": no model
	// fits the answers well, and the page says so instead of naming one.
	NoClearFit = "no-clear-fit"
)

// Answers are a planner's answers: an answer (option) id by question id.
// A question left out is not answered.
type Answers map[string]string

// ModelResult is one model's place in a ranking.
type ModelResult struct {
	// Model is the model id.
	Model string `json:"model"`
	// Points is the sum of the points of its fit with each answer.
	Points int `json:"points"`
	// Rank is 1 for the most points; models with equal points share a rank.
	Rank int `json:"rank"`
	// Levels counts the model's fit levels over the answers given, by level.
	Levels map[guide.FitLevel]int `json:"levels"`
}

// Result is the ranking for one set of answers.
type Result struct {
	// Answered is the number of questions answered.
	Answered int `json:"answered"`
	// Max is the most points a model could have: every answer a good fit.
	Max int `json:"max"`
	// Outcome is none, clear, tie or no-clear-fit.
	Outcome string `json:"outcome"`
	// Top are the models with the most points (none without answers, or
	// when no model fits well), in model order.
	Top []string `json:"top"`
	// Models are every model, by points (most first), then in model order.
	Models []ModelResult `json:"models"`
}

// Rank ranks the guide's models for the answers. An answer to a question
// the guide does not have, or an answer the question does not have, is an
// error (the page offers only the guide's answers).
func Rank(g *guide.Guide, a Answers) (Result, error) {
	r := Result{Top: []string{}}
	byModel := map[string]*ModelResult{}
	for _, m := range g.Models {
		byModel[m.ID] = &ModelResult{Model: m.ID, Levels: map[guide.FitLevel]int{}}
	}
	known := map[string]bool{}
	for _, q := range g.FitQuestions {
		known[q.ID] = true
		ans, ok := a[q.ID]
		if !ok {
			continue
		}
		i := slices.IndexFunc(q.Options, func(o guide.FitOption) bool { return o.ID == ans })
		if i < 0 {
			return Result{}, fmt.Errorf("question %q has no answer %q", q.ID, ans)
		}
		r.Answered++
		for _, m := range g.Models {
			level := q.Options[i].Fit[m.ID]
			if level == "" {
				level = guide.FitSilent
			}
			mr := byModel[m.ID]
			mr.Points += Points[level]
			mr.Levels[level]++
		}
	}
	for q := range a {
		if !known[q] {
			return Result{}, fmt.Errorf("no question %q", q)
		}
	}
	r.Max = r.Answered * Points[guide.FitGood]
	for _, m := range g.Models { // g.Models is in model order
		r.Models = append(r.Models, *byModel[m.ID])
	}
	slices.SortStableFunc(r.Models, func(x, y ModelResult) int { return cmp.Compare(y.Points, x.Points) })
	for i := range r.Models {
		if i == 0 || r.Models[i].Points < r.Models[i-1].Points {
			r.Models[i].Rank = i + 1
		} else {
			r.Models[i].Rank = r.Models[i-1].Rank
		}
	}
	switch {
	case r.Answered == 0:
		r.Outcome = None
	case len(r.Models) == 0 || r.Models[0].Points < r.Answered*Points[guide.FitPossible]:
		r.Outcome = NoClearFit
	default:
		for _, m := range r.Models {
			if m.Rank == 1 {
				r.Top = append(r.Top, m.Model)
			}
		}
		r.Outcome = Clear
		if len(r.Top) > 1 {
			r.Outcome = Tie
		}
	}
	return r, nil
}
