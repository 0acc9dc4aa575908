package compare_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/compare"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var (
	fixtureOnce sync.Once
	fixture     *guide.Guide
)

// fixtureGuide is the frozen, trimmed checklists the score and report tests use.
func fixtureGuide(t testing.TB) *guide.Guide {
	fixtureOnce.Do(func() {
		_, g, errs := load.Dir("../../testdata/fixture/checklists")
		if len(errs) > 0 {
			t.Fatalf("fixture: %v", errs)
		}
		fixture = g
	})
	return fixture
}

func inputs(t testing.TB, g *guide.Guide, names ...string) []compare.Input {
	var ins []compare.Input
	for _, n := range names {
		p, errs, _ := proposal.ReadFile("../../testdata/compare/"+n, g, proposal.Messages{})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		ins = append(ins, compare.Input{File: "compare/" + n, Proposal: p, Result: score.Score(g, p)})
	}
	return ins
}

var (
	groupFiles    = []string{"group-anna.yaml", "group-ben.yaml", "group-chen.yaml"}
	progressFiles = []string{"progress-2026-11.yaml", "progress-2026-03.yaml", "progress-2026-07.yaml"} // out of order on purpose
)

// languages lists the guide's language codes.
func languages(g *guide.Guide) []string {
	var out []string
	for _, l := range g.Languages {
		out = append(out, l.Code)
	}
	return out
}

// words are the embedded catalogue's words of lang.
func words(lang string) i18n.Words {
	c, _ := i18n.Embedded()
	return c.Words(lang)
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/compare -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./internal/compare -update and review the diff)", name)
	}
}

// TestGolden: a group and progress over time, every format, every language,
// and the draft consensus file.
func TestGolden(t *testing.T) {
	g := fixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	prog := inputs(t, g, progressFiles...)
	if compare.AutoMode(group) != compare.ModeGroup || compare.AutoMode(prog) != compare.ModeProgress {
		t.Fatal("mode not detected from the dates")
	}
	ext := map[string]string{"text": "txt", "markdown": "md", "html": "html"}
	for _, lang := range languages(g) {
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

// TestConsensusIsAProposal: the draft consensus file loads as a valid
// proposal and scores as the comparison says, in every language.
func TestConsensusIsAProposal(t *testing.T) {
	g := fixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	for _, lang := range languages(g) {
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
	g := fixtureGuide(t)
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
	g := fixtureGuide(t)
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
	g := fixtureGuide(t)
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
	g := fixtureGuide(t)
	group := inputs(t, g, groupFiles...)
	p := *group[1].Proposal
	p.AssessedBy = `<script>alert(1)</script>`
	group[1].Proposal = &p
	for _, lang := range languages(g) {
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
