package compare_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/compare"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
)

func inputs(t testing.TB, g *guide.Guide, names ...string) []compare.Input {
	var ins []compare.Input
	for _, n := range names {
		p := testutil.ReadProposal(t, g, "../../testdata/compare/"+n)
		ins = append(ins, compare.Input{File: "compare/" + n, Proposal: p, Result: score.Score(g, p)})
	}
	return ins
}

var (
	groupFiles    = []string{"group-anna.yaml", "group-ben.yaml", "group-chen.yaml"}
	progressFiles = []string{"progress-2026-11.yaml", "progress-2026-03.yaml", "progress-2026-07.yaml"} // out of order on purpose
)

// words are the embedded catalogue's words of lang.
func words(lang string) i18n.Words {
	c, _ := i18n.Embedded()
	return c.Words(lang)
}

// golden compares got with testdata/golden/name (testutil.Golden).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, filepath.Join("testdata", "golden", name), got)
}

// TestGolden: a group and progress over time, every format, every language,
// and the draft consensus file.
func TestGolden(t *testing.T) {
	g := testutil.FixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	prog := inputs(t, g, progressFiles...)
	if compare.AutoMode(group) != compare.ModeGroup || compare.AutoMode(prog) != compare.ModeProgress {
		t.Fatal("mode not detected from the dates")
	}
	ext := map[string]string{"text": "txt", "markdown": "md", "html": "html"}
	for _, lang := range testutil.Languages(g) {
		gr := compare.BuildGroup(g, group, words(lang))
		pr := compare.BuildProgress(g, prog, words(lang))
		for _, f := range compare.Formats {
			var b bytes.Buffer
			if err := compare.Write(&b, g, gr, nil, f, ""); err != nil {
				t.Fatal(err)
			}
			golden(t, "group."+lang+"."+ext[f], b.Bytes())
			b.Reset()
			if err := compare.Write(&b, g, nil, pr, f, ""); err != nil {
				t.Fatal(err)
			}
			golden(t, "progress."+lang+"."+ext[f], b.Bytes())
		}
		var b bytes.Buffer
		if err := compare.WriteConsensus(&b, g, gr, "../../schemas/proposal.schema.json"); err != nil {
			t.Fatal(err)
		}
		golden(t, "consensus."+lang+".yaml", b.Bytes())
	}
}

// roomFiles are twelve people's self-checks from one workshop
// (testdata/compare/room): one made the day before, two with the locality
// written another way, some "don't know yet", a few notes.
func roomFiles() []string {
	var out []string
	for i := 1; i <= 12; i++ {
		out = append(out, fmt.Sprintf("room/%02d.yaml", i))
	}
	return out
}

// TestGoldenRoom: the twelve-person room in every format in English and
// Slovenian, with the notes the command adds (mode inferred from mixed
// dates, localities written differently), and its draft consensus.
func TestGoldenRoom(t *testing.T) {
	g := testutil.FixtureGuide(t)
	room := inputs(t, g, roomFiles()...)
	mode, why := compare.Infer(room)
	if mode != compare.ModeGroup || why != compare.MixedDates {
		t.Fatalf("mode %s (%s), want a group inferred from mixed dates", mode, why)
	}
	ext := map[string]string{"text": "txt", "markdown": "md", "html": "html"}
	for _, lang := range []string{"en", "sl"} {
		gr := compare.BuildGroup(g, room, words(lang))
		gr.Notes = compare.Notes(words(lang), room, why)
		if len(gr.Notes) != 2 {
			t.Errorf("%s: notes %q, want the mode and the localities", lang, gr.Notes)
		}
		for _, f := range compare.Formats {
			var b bytes.Buffer
			if err := compare.Write(&b, g, gr, nil, f, ""); err != nil {
				t.Fatal(err)
			}
			golden(t, "room."+lang+"."+ext[f], b.Bytes())
		}
		var b bytes.Buffer
		if err := compare.WriteConsensus(&b, g, gr, "../../schemas/proposal.schema.json"); err != nil {
			t.Fatal(err)
		}
		golden(t, "consensus-room."+lang+".yaml", b.Bytes())
	}
}

// TestInfer: one date is a group; all different is progress; a mix (one
// file a day early) stays a group.
func TestInfer(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for _, tt := range []struct {
		files     []string
		mode, why string
	}{
		{groupFiles, compare.ModeGroup, compare.SameDate},
		{progressFiles, compare.ModeProgress, compare.AllDatesDiffer},
		{roomFiles(), compare.ModeGroup, compare.MixedDates},
	} {
		if mode, why := compare.Infer(inputs(t, g, tt.files...)); mode != tt.mode || why != tt.why {
			t.Errorf("%v: %s (%s), want %s (%s)", tt.files, mode, why, tt.mode, tt.why)
		}
	}
	if got := compare.FileBase("compare", " Mestna občina Maribor (MO) ", "2026-12-01"); got != "compare-mestna-občina-maribor-mo-2026-12-01" {
		t.Errorf("FileBase: %q", got)
	}
}

// TestRoomOrder: the most disagreement first (spread, then the people
// away from the consensus, then the number of different answers), ties by
// weight, heaviest first, then by id.
func TestRoomOrder(t *testing.T) {
	g := testutil.FixtureGuide(t)
	gr := compare.BuildGroup(g, inputs(t, g, roomFiles()...), words("en"))
	key := func(r compare.Row) []int { return []int{-r.Spread, -r.Dissent, -r.Distinct, -r.Weight} }
	for i := 1; i < len(gr.Rows); i++ {
		a, b := gr.Rows[i-1], gr.Rows[i]
		c := slices.Compare(key(a), key(b))
		if c > 0 || c == 0 && a.Criterion > b.Criterion {
			t.Errorf("row %d (%s %v) before row %d (%s %v)", i-1, a.Criterion, key(a), i, b.Criterion, key(b))
		}
	}
}

// TestConsensusIsAProposal: the draft consensus file loads as a valid
// proposal and scores as the comparison says, in every language.
func TestConsensusIsAProposal(t *testing.T) {
	g := testutil.FixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	for _, lang := range testutil.Languages(g) {
		gr := compare.BuildGroup(g, group, words(lang))
		var b bytes.Buffer
		compare.WriteConsensus(&b, g, gr, "schema.json")
		p, errs := proposal.Load("consensus.yaml", b.Bytes(), g, proposal.Messages{})
		if len(errs) > 0 {
			t.Fatalf("%s: consensus file is not valid: %v", lang, errs)
		}
		if r := score.Score(g, p); r.EarnedQuarters != gr.ConsensusRes.EarnedQuarters || r.Band != gr.ConsensusRes.Band {
			t.Errorf("%s: consensus file scores %v, comparison says %v", lang, r.Percent, gr.ConsensusRes.Percent)
		}
		if !strings.Contains(p.Answers["core.shared-position"].Notes, words(lang).T("compare_to_discuss")) {
			t.Errorf("%s: disagreement not marked: %q", lang, p.Answers["core.shared-position"].Notes)
		}
		if strings.Contains(p.Answers["core.political-backing"].Notes, words(lang).T("compare_to_discuss")) {
			t.Errorf("%s: agreement marked as to discuss", lang)
		}
	}
}

// TestGroupRules: spread, distinct answers, ties taken low, must-haves
// first on equal disagreement, not-applicable kept with its reasons.
func TestGroupRules(t *testing.T) {
	g := testutil.FixtureGuide(t)
	gr := compare.BuildGroup(g, inputs(t, g, groupFiles...), words("en"))
	rows := map[string]compare.Row{}
	for _, r := range gr.Rows {
		rows[r.Criterion] = r
	}
	sp := rows["core.shared-position"]
	if sp.Spread != 4 || sp.Distinct != 3 || sp.Consensus != proposal.NotStarted || !sp.Tie {
		t.Errorf("shared-position: %+v", sp)
	}
	if gr.Rows[0].Spread != 4 || !gr.Rows[0].MustHave {
		t.Errorf("first row should be a must-have with the widest spread: %+v", gr.Rows[0])
	}
	fc := rows["core.funding-certainty"]
	a := gr.Consensus.Answers["core.funding-certainty"]
	if fc.Consensus != proposal.Planned || fc.Tie || a.Owner == "" || a.Due == "" {
		t.Errorf("funding-certainty: %+v %+v", fc, a)
	}
	er := gr.Consensus.Answers["chrysalis.eligibility-routes"]
	if er.Status != proposal.NotApplicable || er.Reason == "" {
		t.Errorf("eligibility-routes: %+v", er)
	}
	if _, ok := gr.Consensus.Answers["chrysalis.dedicated-housing"]; ok {
		t.Error("a criterion nobody answered got a consensus answer")
	}
	for i := 1; i < len(gr.Rows); i++ {
		if gr.Rows[i].Spread > gr.Rows[i-1].Spread {
			t.Fatalf("rows not sorted by spread at %d", i)
		}
	}
}

func TestProgressRules(t *testing.T) {
	g := testutil.FixtureGuide(t)
	pr := compare.BuildProgress(g, inputs(t, g, progressFiles...), words("en"))
	var dates []string
	for _, in := range pr.Inputs {
		dates = append(dates, in.Proposal.Date)
	}
	if !slices.IsSorted(dates) {
		t.Errorf("not ordered by date: %v", dates)
	}
	if pr.BandMove != 1 || pr.PercentDelta != 186 {
		t.Errorf("band move %d, percent change %d tenths", pr.BandMove, pr.PercentDelta)
	}
	if len(pr.Up) == 0 || pr.Up[0].Criterion != "core.funding-certainty" || len(pr.Down) != 1 || pr.Down[0].Criterion != "chrysalis.keyworker-continuity" {
		t.Errorf("up %v down %v", pr.Up, pr.Down)
	}
}

func TestMismatch(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g, "group-anna.yaml", "other-place.yaml")
	if m := compare.Mismatch(ins); len(m) != 1 || m[0].What != "localities" || len(m[0].Values) != 2 || m[0].Values[0] == m[0].Values[1] {
		t.Errorf("mismatch: %+v", m)
	}
	if m := compare.Mismatch(inputs(t, g, groupFiles...)); len(m) != 0 {
		t.Errorf("same project reported as mixed: %+v", m)
	}
}

// TestHTMLSelfContained: no scripts, nothing loaded, right-to-left for
// Hebrew, an accessible chart, and text from the files escaped.
func TestHTMLSelfContained(t *testing.T) {
	g := testutil.FixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	p := *group[1].Proposal
	p.AssessedBy = `<script>alert(1)</script>`
	group[1].Proposal = &p
	for _, lang := range testutil.Languages(g) {
		for _, args := range []struct {
			gr *compare.Group
			pr *compare.Progress
		}{{compare.BuildGroup(g, group, words(lang)), nil}, {nil, compare.BuildProgress(g, inputs(t, g, progressFiles...), words(lang))}} {
			var b bytes.Buffer
			if err := compare.Write(&b, g, args.gr, args.pr, "html", ""); err != nil {
				t.Fatal(err)
			}
			s := strings.ReplaceAll(b.String(), `xmlns="http://www.w3.org/2000/svg"`, "")
			for _, bad := range []string{"<script", "<img", "<link", "@import", "url(", "http://", "https://", "style=\""} {
				if strings.Contains(s, bad) {
					t.Errorf("%s: contains %q", lang, bad)
				}
			}
			dir := map[bool]string{true: "rtl", false: "ltr"}[lang == "he"]
			if !strings.Contains(s, `<html lang="`+lang+`" dir="`+dir+`">`) {
				t.Errorf("%s: html element lacks dir=%s", lang, dir)
			}
			if !strings.Contains(s, `<svg class="bars"`) || !strings.Contains(s, `<title id="chart-t">`) || !strings.Contains(s, `<desc id="chart-d">`) {
				t.Errorf("%s: no accessible chart", lang)
			}
		}
	}
}

// TestDontKnowKept: a participant's "don't know yet" stays dont-know in the
// comparison and the consensus (never not-started), is left out of the
// spread (it is no place on the credit scale), and a consensus of
// not-started does not inherit the owner and due someone gave with
// "planned".
func TestDontKnowKept(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g, groupFiles...)
	clone := func(p *proposal.Proposal) *proposal.Proposal {
		c := *p
		c.Answers = map[string]proposal.Answer{}
		for k, v := range p.Answers {
			c.Answers[k] = v
		}
		return &c
	}
	for i := range ins {
		ins[i].Proposal = clone(ins[i].Proposal)
	}
	id, id2 := "core.funding-certainty", "core.referral-route"
	ins[0].Proposal.Answers[id] = proposal.Answer{Status: proposal.DontKnow, Notes: "ask finance"}
	ins[1].Proposal.Answers[id] = proposal.Answer{Status: proposal.DontKnow}
	ins[2].Proposal.Answers[id] = proposal.Answer{Status: proposal.InPlace, Evidence: "grant letter"}
	ins[0].Proposal.Answers[id2] = proposal.Answer{Status: proposal.Planned, Owner: "Lead", Due: "2027-01-31"}
	ins[1].Proposal.Answers[id2] = proposal.Answer{Status: proposal.NotStarted}
	ins[2].Proposal.Answers[id2] = proposal.Answer{Status: proposal.NotStarted}
	for i := range ins {
		ins[i].Result = score.Score(g, ins[i].Proposal)
	}
	gr := compare.BuildGroup(g, ins, words("en"))
	var row compare.Row
	for _, r := range gr.Rows {
		if r.Criterion == id {
			row = r
		}
	}
	if row.Consensus != proposal.DontKnow || row.Spread != 0 || !row.Disagree() {
		t.Errorf("row %+v: want consensus dont-know, spread 0, a disagreement", row)
	}
	a := gr.Consensus.Answers[id]
	if a.Status != proposal.DontKnow || !strings.Contains(a.Notes, "ask finance") || !strings.Contains(a.Notes, "don't know yet") {
		t.Errorf("consensus answer %+v: want dont-know with the participants' notes and who said what", a)
	}
	if !slices.Contains(gr.ConsensusRes.DontKnow, id) {
		t.Errorf("the consensus score does not list %s as a question to find out: %v", id, gr.ConsensusRes.DontKnow)
	}
	if b := gr.Consensus.Answers[id2]; b.Status != proposal.NotStarted || b.Owner != "" || b.Due != "" {
		t.Errorf("consensus %s = %+v: a not-started consensus kept a planned answer's owner/due", id2, b)
	}
	var buf bytes.Buffer
	if err := compare.WriteConsensus(&buf, g, gr, "x"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "  "+id+":\n    status: dont-know\n") {
		t.Errorf("consensus file does not carry dont-know:\n%s", buf.String())
	}
}
