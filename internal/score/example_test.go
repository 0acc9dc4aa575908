package score_test

import (
	"fmt"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
)

// workedExample is the example on the site's scoring page
// (content/en/scoring.md): ten criteria, criteria 1 and 2 must-haves,
// criteria 1, 5 and 6 in the housing domain.
func workedExample() (*guide.Guide, *proposal.Proposal) {
	g := &guide.Guide{Scoring: scoring(), Domains: []guide.Domain{{ID: "housing", Order: 1}, {ID: "support", Order: 2}},
		Models: []guide.Model{{ID: "m", Order: 1}}, Blocks: []guide.Block{{ID: "m.b", Model: "m", Order: 1}}}
	weights := []int{3, 3, 3, 3, 2, 2, 2, 2, 1, 1}
	statuses := []string{"in-place", "partly", "in-place", "in-place", "in-place", "planned", "not-applicable", "in-place", "in-place", "in-place"}
	p := &proposal.Proposal{Models: []string{"m"}, Answers: map[string]proposal.Answer{}}
	for i, w := range weights {
		id := "m.c" + string(rune('a'+i))
		d := "support"
		if i == 0 || i == 4 || i == 5 {
			d = "housing"
		}
		g.Criteria = append(g.Criteria, guide.Criterion{ID: id, Block: "m.b", Domain: d, Weight: w, MustHave: i < 2, NAAllowed: i == 6})
		p.Answers[id] = proposal.Answer{Status: statuses[i], Owner: "o", Due: "2027-01-01", Reason: "r"}
	}
	g.Index()
	return g, p
}

// The worked example of the site's scoring page (content/en/scoring.md):
// 17 of 20 points is 85.0 %, ready by the total, but must-have 2 only
// partly in place caps it at nearly ready; the gaps come must-haves first.
func ExampleScore() {
	g, p := workedExample()
	r := score.Score(g, p)
	fmt.Printf("%g of %g points: %.1f%%\n", r.Earned, r.Possible, r.Percent)
	fmt.Printf("band %s (by the total alone: %s), capped by %s\n", r.Band, r.UncappedBand, r.CappedBy[0].Criterion)
	for _, gap := range r.Gaps {
		fmt.Printf("gap %s: %g points missing\n", gap.Criterion, float64(gap.MissingQuarters)/4)
	}
	fmt.Printf("%s: %.1f%%\n", r.Domains[0].Domain, *r.Domains[0].Percent)
	// Output:
	// 17 of 20 points: 85.0%
	// band nearly-ready (by the total alone: ready), capped by m.cb
	// gap m.cb: 1.5 points missing
	// gap m.cf: 1.5 points missing
	// housing: 78.6%
}
