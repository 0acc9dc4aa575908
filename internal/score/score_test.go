package score_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
)

func scoring() guide.Scoring {
	return guide.Scoring{
		Credits:    map[string]float64{"in-place": 1, "partly": 0.5, "planned": 0.25, "not-started": 0},
		Bands:      []guide.Band{{ID: "early", Min: 0}, {ID: "developing", Min: 40}, {ID: "nearly-ready", Min: 65}, {ID: "ready", Min: 85}},
		CapMissing: "developing", CapPartial: "nearly-ready",
	}
}

func TestWorkedExample(t *testing.T) {
	g, p := workedExample()
	r := score.Score(g, p)
	if r.Earned != 17 || r.Possible != 20 || r.Percent != 85.0 || r.UncappedBand != "ready" || r.Band != "nearly-ready" {
		t.Errorf("got %v of %v = %v%%, band %s (uncapped %s)", r.Earned, r.Possible, r.Percent, r.Band, r.UncappedBand)
	}
	if len(r.CappedBy) != 1 || r.CappedBy[0].Criterion != "m.cb" {
		t.Errorf("capped by %v", r.CappedBy)
	}
	if len(r.Gaps) != 2 || r.Gaps[0].Criterion != "m.cb" || r.Gaps[1].Criterion != "m.cf" || r.Gaps[1].MissingQuarters != 6 {
		t.Errorf("gaps %+v", r.Gaps)
	}
	if h := r.Domains[0]; h.Domain != "housing" || *h.Percent != 78.6 {
		t.Errorf("housing %+v", h)
	}
	// Criterion 10 unanswered: 16 of 20 = 80.0%, nearly ready.
	delete(p.Answers, "m.cj")
	if r := score.Score(g, p); r.Percent != 80 || r.Band != "nearly-ready" || !slices.Equal(r.Unanswered, []string{"m.cj"}) {
		t.Errorf("unanswered: %v%% %s %v", r.Percent, r.Band, r.Unanswered)
	}
	// Must-have 2 not started: 15.5 of 20 = 77.5%, capped at developing.
	p.Answers["m.cj"] = proposal.Answer{Status: "in-place"}
	p.Answers["m.cb"] = proposal.Answer{Status: "not-started"}
	if r := score.Score(g, p); r.Percent != 77.5 || r.UncappedBand != "nearly-ready" || r.Band != "developing" {
		t.Errorf("missing must-have: %v%% %s/%s", r.Percent, r.Band, r.UncappedBand)
	}
}

// TestDontKnow: "don't know yet" earns nothing and stays in the count
// exactly like not-started, caps the band when a must-have is answered so,
// is kept as answered (never turned into not-started) and is listed as a
// question to find out; a gap like any answer not in place.
func TestDontKnow(t *testing.T) {
	g, p := workedExample()
	p.Answers["m.cf"] = proposal.Answer{Status: proposal.NotStarted}
	p.Answers["m.cb"] = proposal.Answer{Status: proposal.NotStarted}
	notStarted := score.Score(g, p)
	p.Answers["m.cf"] = proposal.Answer{Status: proposal.DontKnow}
	p.Answers["m.cb"] = proposal.Answer{Status: proposal.DontKnow}
	r := score.Score(g, p)
	if r.EarnedQuarters != notStarted.EarnedQuarters || r.PossibleQuarters != notStarted.PossibleQuarters || r.Band != notStarted.Band {
		t.Errorf("dont-know scored %d/%d %s, not-started %d/%d %s", r.EarnedQuarters, r.PossibleQuarters, r.Band,
			notStarted.EarnedQuarters, notStarted.PossibleQuarters, notStarted.Band)
	}
	if !slices.Equal(r.DontKnow, []string{"m.cb", "m.cf"}) || len(notStarted.DontKnow) != 0 {
		t.Errorf("questions to find out %v (not-started: %v)", r.DontKnow, notStarted.DontKnow)
	}
	if r.Band != "developing" || !slices.Contains(r.MustHavesMissing, "m.cb") {
		t.Errorf("a must-have answered dont-know does not cap: band %s, missing %v", r.Band, r.MustHavesMissing)
	}
	for _, c := range r.CappedBy {
		if c.Criterion == "m.cb" && c.Status != proposal.DontKnow {
			t.Errorf("cap status %q, want dont-know", c.Status)
		}
	}
	for _, gp := range r.Gaps {
		if (gp.Criterion == "m.cb" || gp.Criterion == "m.cf") && gp.Status != proposal.DontKnow {
			t.Errorf("gap %s has status %q", gp.Criterion, gp.Status)
		}
	}
	// Whatever the guide's credits say, dont-know earns nothing.
	g.Scoring.Credits[proposal.DontKnow] = 1
	if r2 := score.Score(g, p); r2.EarnedQuarters != r.EarnedQuarters {
		t.Errorf("a credit for dont-know in the guide was used: %d, want %d", r2.EarnedQuarters, r.EarnedQuarters)
	}
}

// TestClaimedNotShown: every answer in place with no evidence still scores
// 100% "ready" by default (the claims are listed, not discounted);
// RequireEvidence scores each claim as not started (0%, the lowest band).
// Blank evidence counts as none; partly counts like in-place; other
// statuses are never claims.
func TestClaimedNotShown(t *testing.T) {
	g, p := workedExample()
	var ids []string
	for _, c := range g.CriteriaFor(p.Models...) {
		p.Answers[c.ID] = proposal.Answer{Status: proposal.InPlace, Evidence: []string{"", " \t", "\u00a0"}[len(ids)%3]}
		ids = append(ids, c.ID)
	}
	r := score.Score(g, p)
	if r.Percent != 100 || r.Band != "ready" || !slices.Equal(r.ClaimedNotShown, ids) || r.EvidenceRequired {
		t.Errorf("all in place, no evidence: %v%% %s, claimed %v (want all %d), required %t", r.Percent, r.Band, r.ClaimedNotShown, len(ids), r.EvidenceRequired)
	}
	strict := score.ScoreWith(g, p, score.Options{RequireEvidence: true})
	if strict.Percent != 0 || strict.Band != "early" || !strict.EvidenceRequired || len(strict.Gaps) != len(ids) || !slices.Equal(strict.ClaimedNotShown, ids) {
		t.Errorf("evidence required: %v%% %s, %d gaps, claimed %v", strict.Percent, strict.Band, len(strict.Gaps), strict.ClaimedNotShown)
	}
	p.Answers[ids[0]] = proposal.Answer{Status: proposal.InPlace, Evidence: "Council minutes"}
	p.Answers[ids[1]] = proposal.Answer{Status: proposal.Partly}
	p.Answers[ids[2]] = proposal.Answer{Status: proposal.Planned, Owner: "lead", Due: "2027-01-01"}
	p.Answers[ids[3]] = proposal.Answer{Status: proposal.DontKnow}
	r = score.ScoreWith(g, p, score.Options{RequireEvidence: true})
	if slices.Contains(r.ClaimedNotShown, ids[0]) || !slices.Contains(r.ClaimedNotShown, ids[1]) || slices.Contains(r.ClaimedNotShown, ids[2]) || slices.Contains(r.ClaimedNotShown, ids[3]) {
		t.Errorf("claims %v: want %s (partly, no evidence) but not %s (evidence), %s (planned), %s (dont-know)", r.ClaimedNotShown, ids[1], ids[0], ids[2], ids[3])
	}
	if r.Criteria[0].EarnedQuarters != r.Criteria[0].PossibleQuarters || r.Criteria[2].EarnedQuarters == 0 {
		t.Errorf("shown or planned answers lost points under RequireEvidence: %+v", r.Criteria[:3])
	}
}

// TestDuplicatePrerequisite: a criterion that names its prerequisite twice
// is listed once among what the prerequisite blocks and once among what
// blocks it (the browser's scorer does the same; parity holds them).
func TestDuplicatePrerequisite(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for i, c := range g.Criteria {
		if len(c.DependsOn) == 0 {
			continue
		}
		pre := c.DependsOn[0]
		g.Criteria = slices.Clone(g.Criteria)
		g.Criteria[i].DependsOn = append(slices.Clone(c.DependsOn), c.DependsOn...)
		pc, _ := g.Criterion(pre)
		models := []string{}
		for _, id := range []string{g.ModelOf(c), g.ModelOf(pc)} {
			if id != "" && !slices.Contains(models, id) {
				models = append(models, id)
			}
		}
		p := &proposal.Proposal{Models: models, Answers: map[string]proposal.Answer{pre: {Status: proposal.NotStarted}, c.ID: {Status: proposal.NotStarted}}}
		r := score.Score(g, p)
		seen := 0
		for _, gp := range r.Gaps {
			if gp.Criterion == pre {
				seen++
				if count(gp.Blocks, c.ID) != 1 {
					t.Errorf("%s blocks %v: want %s once", pre, gp.Blocks, c.ID)
				}
			}
			if gp.Criterion == c.ID {
				seen++
				if count(gp.BlockedBy, pre) != 1 {
					t.Errorf("%s blocked by %v: want %s once", c.ID, gp.BlockedBy, pre)
				}
			}
		}
		if seen != 2 {
			t.Errorf("gaps %v", r.Gaps)
		}
		return
	}
	t.Fatal("the fixture has no dependency")
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

func TestTenths(t *testing.T) {
	for _, tt := range []struct{ e, p, want int }{
		{0, 0, 0}, {0, 4, 0}, {4, 4, 1000}, {1, 3, 333}, {2, 3, 667}, {1, 8, 125}, {1, 16, 63}, // 62.5 rounds up
		{68, 80, 850}, {339, 400, 848}, {1, 2000, 1}, {1, 2001, 0}, // 0.49975 rounds down
	} {
		if got := score.Tenths(tt.e, tt.p); got != tt.want {
			t.Errorf("Tenths(%d, %d) = %d, want %d", tt.e, tt.p, got, tt.want)
		}
	}
}

func TestNotApplicableOnlyWhereAllowedWithReason(t *testing.T) {
	g, p := workedExample()
	base := score.Score(g, p)
	p.Answers["m.cg"] = proposal.Answer{Status: "not-applicable"} // no reason
	if r := score.Score(g, p); r.PossibleQuarters != base.PossibleQuarters+8 {
		t.Errorf("N/A without a reason left the denominator: %d", r.PossibleQuarters)
	}
	p.Answers["m.cg"] = proposal.Answer{Status: "in-place"}
	p.Answers["m.ca"] = proposal.Answer{Status: "not-applicable", Reason: "r"} // not allowed
	if r := score.Score(g, p); r.PossibleQuarters != base.PossibleQuarters+8 || !slices.Contains(r.MustHavesMissing, "m.ca") {
		t.Errorf("N/A where not allowed: %d %v", r.PossibleQuarters, r.MustHavesMissing)
	}
}

var ladder = []string{"not-started", "planned", "partly", "in-place"}

// randomProposal answers the fixture's criteria at random: some left out,
// some not applicable (with a reason, where allowed).
func randomProposal(g *guide.Guide, rng *rand.Rand) *proposal.Proposal {
	models := [][]string{{"chrysalis"}, {"cti-denmark"}, {"chrysalis", "cti-denmark"}}[rng.IntN(3)]
	p := &proposal.Proposal{Models: models, Answers: map[string]proposal.Answer{}}
	for _, c := range g.CriteriaFor(models...) {
		switch n := rng.IntN(12); {
		case n == 0:
			continue
		case n == 1 && c.NAAllowed:
			p.Answers[c.ID] = proposal.Answer{Status: "not-applicable", Reason: "not here"}
		default:
			p.Answers[c.ID] = proposal.Answer{Status: ladder[rng.IntN(4)], Owner: "lead", Due: "2027-06-30"}
		}
	}
	return p
}

func rank(r score.Result) int { return score.BandRank(scoring(), r.Band) }

// TestImprovingNeverLowers: raising any one answer one or more steps up the
// ladder never lowers the points, the percentage or the band.
func TestImprovingNeverLowers(t *testing.T) {
	g := testutil.FixtureGuide(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		p := randomProposal(g, rng)
		before := score.Score(g, p)
		for _, c := range g.CriteriaFor(p.Models...) {
			old, answered := p.Answers[c.ID]
			if old.Status == "not-applicable" {
				continue
			}
			from := 0
			if answered {
				from = slices.Index(ladder, old.Status)
			}
			for to := from + 1; to < len(ladder); to++ {
				p.Answers[c.ID] = proposal.Answer{Status: ladder[to], Owner: "lead", Due: "2027-06-30"}
				after := score.Score(g, p)
				if after.EarnedQuarters < before.EarnedQuarters || after.Percent < before.Percent || rank(after) < rank(before) {
					t.Fatalf("%s %s→%s lowered the score: %v%% %s → %v%% %s", c.ID, old.Status, ladder[to], before.Percent, before.Band, after.Percent, after.Band)
				}
			}
			if answered {
				p.Answers[c.ID] = old
			} else {
				delete(p.Answers, c.ID)
			}
		}
	}
}

// TestMissingMustHaveAlwaysCaps: whatever the rest, a must-have not started
// (or unanswered) holds the band at cap_missing or below, and one partly
// in place or planned at cap_partial or below.
func TestMissingMustHaveAlwaysCaps(t *testing.T) {
	g := testutil.FixtureGuide(t)
	rng := rand.New(rand.NewPCG(3, 4))
	s := g.Scoring
	for range 300 {
		p := randomProposal(g, rng)
		for _, c := range g.CriteriaFor(p.Models...) {
			if c.MustHave {
				p.Answers[c.ID] = proposal.Answer{Status: "in-place"} // the best case elsewhere
			}
		}
		for _, c := range g.CriteriaFor(p.Models...) {
			if !c.MustHave {
				continue
			}
			for status, capBand := range map[string]string{"not-started": s.CapMissing, "": s.CapMissing, "partly": s.CapPartial, "planned": s.CapPartial} {
				if status == "" {
					delete(p.Answers, c.ID)
				} else {
					p.Answers[c.ID] = proposal.Answer{Status: status, Owner: "lead", Due: "2027-06-30"}
				}
				r := score.Score(g, p)
				if score.BandRank(s, r.Band) > score.BandRank(s, capBand) {
					t.Fatalf("%s %q: band %s above the cap %s (%v%%)", c.ID, status, r.Band, capBand, r.Percent)
				}
			}
			p.Answers[c.ID] = proposal.Answer{Status: "in-place"}
		}
	}
}

// TestInvariants: sums agree, gaps are ordered, lists are consistent.
func TestInvariants(t *testing.T) {
	g := testutil.FixtureGuide(t)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		checkInvariants(t, g, randomProposal(g, rng))
	}
}

func checkInvariants(t testing.TB, g *guide.Guide, p *proposal.Proposal) {
	t.Helper()
	r := score.Score(g, p)
	if r.EarnedQuarters < 0 || r.EarnedQuarters > r.PossibleQuarters || r.Percent < 0 || r.Percent > 100 {
		t.Fatalf("out of range: %d/%d %v%%", r.EarnedQuarters, r.PossibleQuarters, r.Percent)
	}
	var e, q int
	for _, d := range r.Domains {
		e += d.EarnedQuarters
		q += d.PossibleQuarters
	}
	if e != r.EarnedQuarters || q != r.PossibleQuarters {
		t.Fatalf("domains add up to %d/%d, total %d/%d", e, q, r.EarnedQuarters, r.PossibleQuarters)
	}
	if score.BandRank(g.Scoring, r.Band) > score.BandRank(g.Scoring, r.UncappedBand) {
		t.Fatalf("band %s above uncapped %s", r.Band, r.UncappedBand)
	}
	for i := 1; i < len(r.Gaps); i++ {
		a, b := r.Gaps[i-1], r.Gaps[i]
		if !a.MustHave && b.MustHave || a.MustHave == b.MustHave && a.MissingQuarters < b.MissingQuarters {
			t.Fatalf("gaps out of order: %+v before %+v", a, b)
		}
	}
	if len(r.Gaps)+len(r.Strengths)+len(r.NotApplicable) != len(r.Criteria) {
		t.Fatalf("%d gaps + %d strengths + %d n/a != %d criteria", len(r.Gaps), len(r.Strengths), len(r.NotApplicable), len(r.Criteria))
	}
}

// FuzzScore: any answers at all (unknown statuses, missing owners, ids of
// other models, nil maps) score without panicking and keep the invariants.
func FuzzScore(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7}, uint8(0))
	f.Add([]byte("in-place partly planned"), uint8(2))
	f.Add([]byte{}, uint8(1))
	statuses := []string{"in-place", "partly", "planned", "not-started", "not-applicable", "", "bogus", "IN-PLACE"}
	f.Fuzz(func(t *testing.T, data []byte, models uint8) {
		g := testutil.FixtureGuide(t)
		all := []string{"chrysalis", "cti-denmark", "nope", ""}
		p := &proposal.Proposal{}
		for i := range 4 {
			if models&(1<<i) != 0 {
				p.Models = append(p.Models, all[i])
			}
		}
		if len(data) > 0 {
			p.Answers = map[string]proposal.Answer{}
		}
		ids := append(g.CriteriaFor(p.Models...), guide.Criterion{ID: "x.unknown"})
		for i, b := range data {
			c := ids[i%len(ids)]
			a := proposal.Answer{Status: statuses[int(b)%len(statuses)]}
			if b&0x10 != 0 {
				a.Owner = "o"
			}
			if b&0x20 != 0 {
				a.Due = "2027-01-01"
			}
			if b&0x40 != 0 {
				a.Reason = " "
			} else if b&0x80 != 0 {
				a.Reason = "r"
			}
			p.Answers[c.ID] = a
		}
		checkInvariants(t, g, p)
		score.Score(g, nil)
	})
}

func BenchmarkScore(b *testing.B) {
	g := testutil.FixtureGuide(b)
	p := randomProposal(g, rand.New(rand.NewPCG(7, 8)))
	for b.Loop() {
		score.Score(g, p)
	}
}
