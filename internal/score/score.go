package score

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
)

// Result is the readiness of one proposal. Points are given both in whole
// quarter-points (the exact values) and in points.
type Result struct {
	// EarnedQuarters is the points earned, in quarter-points.
	EarnedQuarters int `json:"earned_quarters"`
	// PossibleQuarters is the points possible, in quarter-points: not-applicable criteria are left out.
	PossibleQuarters int `json:"possible_quarters"`
	// Earned is EarnedQuarters ÷ 4.
	Earned float64 `json:"earned"`
	// Possible is PossibleQuarters ÷ 4.
	Possible float64 `json:"possible"`
	// Percent is Earned ÷ Possible × 100, rounded to one decimal place, halves up.
	Percent float64 `json:"percent"`
	// Band is the readiness band after the must-have caps.
	Band string `json:"band"`
	// UncappedBand is the band the percentage alone reaches.
	UncappedBand string `json:"uncapped_band"`
	// CappedBy lists the must-have criteria that lowered the band, with the cap each imposes.
	CappedBy []Cap `json:"capped_by"`
	// Domains are the sub-scores per readiness domain, in the guide's order.
	Domains []DomainScore `json:"domains"`
	// MustHavesMissing are the must-have criteria not started, unanswered or answered dont-know.
	MustHavesMissing []string `json:"must_haves_missing"`
	// MustHavesPartial are the must-have criteria only partly in place or planned.
	MustHavesPartial []string `json:"must_haves_partial"`
	// Gaps are the criteria not fully in place, in priority order.
	Gaps []Gap `json:"gaps"`
	// Strengths are the criteria fully in place, the heaviest first.
	Strengths []string `json:"strengths"`
	// Premature are criteria answered in place or partly while a criterion they depend on is not in place.
	Premature []Premature `json:"premature"`
	// Unanswered are the criteria the proposal gives no answer for; they count as not started.
	Unanswered []string `json:"unanswered"`
	// ClaimedNotShown are the criteria answered in-place or partly with no evidence, in the guide's order: claimed, not shown. With Options.RequireEvidence they are scored as not-started.
	ClaimedNotShown []string `json:"claimed_not_shown"`
	// EvidenceRequired is true when the proposal was scored with Options.RequireEvidence (check --require-evidence).
	EvidenceRequired bool `json:"evidence_required"`
	// DontKnow are the criteria answered dont-know, in the guide's order: the questions to find out. They earn nothing and stay in the count.
	DontKnow []string `json:"dont_know"`
	// NotApplicable are the criteria taken out of the score as not applicable.
	NotApplicable []string `json:"not_applicable"`
	// Criteria are every criterion of the proposal in the guide's order, with what it earned.
	Criteria []CriterionScore `json:"criteria"`
}

// Cap is one must-have criterion that caps the band.
type Cap struct {
	// Criterion is the must-have criterion's id.
	Criterion string `json:"criterion"`
	// Status is its status as scored (an unanswered criterion is not-started).
	Status string `json:"status"`
	// Band is the highest band it allows.
	Band string `json:"band"`
}

// DomainScore is the sub-score of one readiness domain.
type DomainScore struct {
	// Domain is the domain's id.
	Domain string `json:"domain"`
	// EarnedQuarters is the points earned in the domain, in quarter-points.
	EarnedQuarters int `json:"earned_quarters"`
	// PossibleQuarters is the points possible in the domain, in quarter-points.
	PossibleQuarters int `json:"possible_quarters"`
	// Percent is the domain's percentage (rounded like the total); absent when nothing is possible in the domain.
	Percent *float64 `json:"percent,omitempty"`
	// Criteria is how many applicable criteria count towards the domain.
	Criteria int `json:"criteria"`
}

// Gap is one criterion not fully in place.
type Gap struct {
	// Criterion is the criterion's id.
	Criterion string `json:"criterion"`
	// Status is its status as scored.
	Status string `json:"status"`
	// MustHave marks a must-have criterion.
	MustHave bool `json:"must_have"`
	// Weight is the criterion's weight.
	Weight int `json:"weight"`
	// MissingQuarters is the points it still lacks, in quarter-points.
	MissingQuarters int `json:"missing_quarters"`
	// Recommendations are the ids of the recommendations that close it.
	Recommendations []string `json:"recommendations"`
	// Blocks are the criteria of the proposal that depend on it.
	Blocks []string `json:"blocks"`
	// BlockedBy are the criteria it depends on that are gaps themselves.
	BlockedBy []string `json:"blocked_by"`
}

// Premature is a criterion answered as (partly) in place before what it
// depends on.
type Premature struct {
	// Criterion is the criterion's id.
	Criterion string `json:"criterion"`
	// Needs are the criteria it depends on that are not in place.
	Needs []string `json:"needs"`
}

// CriterionScore is what one criterion earned.
type CriterionScore struct {
	// Criterion is the criterion's id.
	Criterion string `json:"criterion"`
	// Domain is its readiness domain.
	Domain string `json:"domain"`
	// Status is the status as scored: an unanswered criterion is not-started, a not-applicable answer that is not allowed is not-started.
	Status string `json:"status"`
	// Answered is false when the proposal gives no answer.
	Answered bool `json:"answered"`
	// Applicable is false when the criterion is left out of the score as not applicable.
	Applicable bool `json:"applicable"`
	// EarnedQuarters is the points it earned, in quarter-points.
	EarnedQuarters int `json:"earned_quarters"`
	// PossibleQuarters is the points it could earn, in quarter-points (0 when not applicable).
	PossibleQuarters int `json:"possible_quarters"`
}

// Quarters returns the credit of each status in quarter-points, from the
// guide's published credits.
func Quarters(s guide.Scoring) map[string]int {
	q := map[string]int{}
	for st, c := range s.Credits {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			continue
		}
		q[st] = int(math.Round(min(max(c, 0), 1) * 4))
	}
	return q
}

// Tenths returns earned ÷ possible × 1000 rounded half up: the percentage
// in tenths. It is 0 when possible is 0.
func Tenths(earned, possible int) int {
	if possible <= 0 {
		return 0
	}
	return (2000*earned + possible) / (2 * possible)
}

// BandOf returns the highest band whose minimum the percentage (in tenths)
// reaches; bands are in the guide's order, lowest first.
func BandOf(s guide.Scoring, tenths int) string {
	band := ""
	for i, b := range s.Bands {
		if i == 0 || tenths >= int(math.Round(b.Min*10)) {
			band = b.ID
		}
	}
	return band
}

// BandRank returns the position of a band from the lowest (0), or -1.
func BandRank(s guide.Scoring, id string) int {
	for i, b := range s.Bands {
		if b.ID == id {
			return i
		}
	}
	return -1
}

// Options are the choices of one scoring.
type Options struct {
	// RequireEvidence scores an answer in-place or partly that names no
	// evidence as not-started (check --require-evidence; the browser's
	// switch of the same name).
	RequireEvidence bool
}

// Score scores a proposal against the guide with the default options. It
// never fails: unknown statuses count as not-started and unknown answers
// are ignored (the proposal file rejects both before scoring).
func Score(g *guide.Guide, p *proposal.Proposal) Result { return ScoreWith(g, p, Options{}) }

// ScoreWith scores a proposal against the guide with the options given.
func ScoreWith(g *guide.Guide, p *proposal.Proposal, opt Options) Result {
	r := Result{CappedBy: []Cap{}, MustHavesMissing: []string{}, MustHavesPartial: []string{}, Gaps: []Gap{},
		Strengths: []string{}, Premature: []Premature{}, Unanswered: []string{}, ClaimedNotShown: []string{}, DontKnow: []string{},
		NotApplicable: []string{}, EvidenceRequired: opt.RequireEvidence}
	q := Quarters(g.Scoring)
	var models []string
	var answers map[string]proposal.Answer
	if p != nil {
		models, answers = p.Models, p.Answers
	}
	crits := g.CriteriaFor(models...)
	inScope := make(map[string]bool, len(crits))
	for _, c := range crits {
		inScope[c.ID] = true
	}
	status := make(map[string]string, len(crits))
	domains := map[string]*DomainScore{}
	for _, d := range g.Domains {
		domains[d.ID] = &DomainScore{Domain: d.ID}
	}
	capRank := len(g.Scoring.Bands) - 1
	missingRank := BandRank(g.Scoring, g.Scoring.CapMissing)
	partialRank := BandRank(g.Scoring, g.Scoring.CapPartial)
	r.Criteria = make([]CriterionScore, 0, len(crits))
	for _, c := range crits {
		a, answered := answers[c.ID]
		st := a.Status
		switch {
		case !answered:
			st = proposal.NotStarted
			r.Unanswered = append(r.Unanswered, c.ID)
		case st == proposal.NotApplicable && !(c.NAAllowed && strings.TrimSpace(a.Reason) != ""):
			st = proposal.NotStarted
		case st == proposal.Planned && (strings.TrimSpace(a.Owner) == "" || strings.TrimSpace(a.Due) == ""):
			st = proposal.NotStarted
		case st != proposal.NotApplicable && !slices.Contains(proposal.Statuses, st):
			st = proposal.NotStarted
		}
		if (st == proposal.InPlace || st == proposal.Partly) && strings.TrimSpace(a.Evidence) == "" {
			r.ClaimedNotShown = append(r.ClaimedNotShown, c.ID)
			if opt.RequireEvidence {
				st = proposal.NotStarted
			}
		}
		status[c.ID] = st
		if st == proposal.DontKnow {
			r.DontKnow = append(r.DontKnow, c.ID)
		}
		cs := CriterionScore{Criterion: c.ID, Domain: c.Domain, Status: st, Answered: answered, Applicable: st != proposal.NotApplicable}
		if cs.Applicable {
			cs.PossibleQuarters = 4 * c.Weight
			if st != proposal.DontKnow { // earns nothing, whatever the credits say
				cs.EarnedQuarters = c.Weight * q[st]
			}
			r.EarnedQuarters += cs.EarnedQuarters
			r.PossibleQuarters += cs.PossibleQuarters
			if d := domains[c.Domain]; d != nil {
				d.EarnedQuarters += cs.EarnedQuarters
				d.PossibleQuarters += cs.PossibleQuarters
				d.Criteria++
			}
		} else {
			r.NotApplicable = append(r.NotApplicable, c.ID)
		}
		r.Criteria = append(r.Criteria, cs)
		if c.MustHave && cs.Applicable {
			switch {
			case st == proposal.NotStarted || st == proposal.DontKnow:
				r.MustHavesMissing = append(r.MustHavesMissing, c.ID)
				if missingRank >= 0 {
					r.CappedBy = append(r.CappedBy, Cap{Criterion: c.ID, Status: st, Band: g.Scoring.CapMissing})
					capRank = min(capRank, missingRank)
				}
			case st != proposal.InPlace:
				r.MustHavesPartial = append(r.MustHavesPartial, c.ID)
				if partialRank >= 0 {
					r.CappedBy = append(r.CappedBy, Cap{Criterion: c.ID, Status: st, Band: g.Scoring.CapPartial})
					capRank = min(capRank, partialRank)
				}
			}
		}
	}
	r.Earned = float64(r.EarnedQuarters) / 4
	r.Possible = float64(r.PossibleQuarters) / 4
	tenths := Tenths(r.EarnedQuarters, r.PossibleQuarters)
	r.Percent = float64(tenths) / 10
	r.UncappedBand = BandOf(g.Scoring, tenths)
	r.Band = r.UncappedBand
	if rank := BandRank(g.Scoring, r.Band); capRank >= 0 && rank > capRank {
		r.Band = g.Scoring.Bands[capRank].ID
	}
	// Keep only the caps that lowered the band: a must-have that is planned
	// says nothing when the percentage is below its cap anyway.
	uncapped := BandRank(g.Scoring, r.UncappedBand)
	kept := r.CappedBy[:0]
	for _, c := range r.CappedBy {
		if BandRank(g.Scoring, c.Band) < uncapped {
			kept = append(kept, c)
		}
	}
	r.CappedBy = kept
	for _, d := range g.Domains {
		ds := domains[d.ID]
		if ds.PossibleQuarters > 0 {
			pc := float64(Tenths(ds.EarnedQuarters, ds.PossibleQuarters)) / 10
			ds.Percent = &pc
		}
		r.Domains = append(r.Domains, *ds)
	}

	// Gaps, dependencies and strengths.
	isGap := func(id string) bool {
		st := status[id]
		return inScope[id] && st != proposal.InPlace && st != proposal.NotApplicable
	}
	order := make(map[string]int, len(crits))
	for i, c := range crits {
		order[c.ID] = i
	}
	// The criteria of the proposal that depend on each criterion, in order,
	// each once (a prerequisite named twice counts once, as in the browser).
	dependents := make(map[string][]string, len(crits))
	for _, c := range crits {
		for _, pre := range c.DependsOn {
			if !slices.Contains(dependents[pre], c.ID) {
				dependents[pre] = append(dependents[pre], c.ID)
			}
		}
	}
	type strength struct {
		id     string
		weight int
	}
	var strengths []strength
	for i, c := range crits {
		cs := r.Criteria[i]
		blocks := dependents[c.ID]
		var blockedBy []string
		for _, pre := range c.DependsOn {
			if isGap(pre) && !slices.Contains(blockedBy, pre) {
				blockedBy = append(blockedBy, pre)
			}
		}
		switch {
		case isGap(c.ID):
			r.Gaps = append(r.Gaps, Gap{Criterion: c.ID, Status: cs.Status, MustHave: c.MustHave, Weight: c.Weight,
				MissingQuarters: cs.PossibleQuarters - cs.EarnedQuarters, Recommendations: nonNil(c.Recommendations),
				Blocks: nonNil(blocks), BlockedBy: nonNil(blockedBy)})
		case cs.Status == proposal.InPlace:
			strengths = append(strengths, strength{c.ID, c.Weight})
		}
		if (cs.Status == proposal.InPlace || cs.Status == proposal.Partly) && len(blockedBy) > 0 {
			r.Premature = append(r.Premature, Premature{Criterion: c.ID, Needs: blockedBy})
		}
	}
	sort.SliceStable(r.Gaps, func(i, j int) bool {
		a, b := r.Gaps[i], r.Gaps[j]
		if a.MustHave != b.MustHave {
			return a.MustHave
		}
		if a.MissingQuarters != b.MissingQuarters {
			return a.MissingQuarters > b.MissingQuarters
		}
		if len(a.Blocks) != len(b.Blocks) {
			return len(a.Blocks) > len(b.Blocks)
		}
		return order[a.Criterion] < order[b.Criterion]
	})
	sort.SliceStable(strengths, func(i, j int) bool { return strengths[i].weight > strengths[j].weight })
	for _, s := range strengths {
		r.Strengths = append(r.Strengths, s.id)
	}
	return r
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
