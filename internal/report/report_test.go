package report_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/schema"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

func inputs(t testing.TB, g *guide.Guide) []report.Input {
	var ins []report.Input
	for _, name := range []string{"chrysalis.yaml", "cti-denmark.yaml"} {
		p := testutil.ReadProposal(t, g, "../../testdata/proposals/"+name)
		ins = append(ins, report.Input{File: "proposals/" + name, Proposal: p, Result: score.Score(g, p)})
	}
	return ins
}

// golden compares got with testdata/golden/name (testutil.Golden).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, filepath.Join("testdata", "golden", name), got)
}

// TestGolden: every format in every language, for a proposal near ready
// and one still developing.
func TestGolden(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)
	for _, lang := range testutil.Languages(g) {
		opt := report.Options{Lang: lang}
		var views []*report.View
		for _, in := range ins {
			v := report.Build(g, in, opt)
			views = append(views, v)
			base := strings.TrimSuffix(filepath.Base(in.File), ".yaml") + "." + lang
			var b bytes.Buffer
			if err := report.WriteText(&b, v, opt, score.BandRank(g.Scoring, v.R.Band), len(g.Scoring.Bands)); err != nil {
				t.Fatal(err)
			}
			golden(t, base+".txt", b.Bytes())
			b.Reset()
			report.WriteMarkdown(&b, v)
			golden(t, base+".md", b.Bytes())
			b.Reset()
			report.WriteHTML(&b, []*report.View{v}, nil)
			golden(t, base+".html", b.Bytes())
			b.Reset()
			report.WriteJSON(&b, g, []report.Input{in}, opt)
			golden(t, base+".json", b.Bytes())
		}
		var b bytes.Buffer
		report.WriteCSV(&b, views)
		golden(t, "summary."+lang+".csv", b.Bytes())
		b.Reset()
		report.WriteSummaryMarkdown(&b, views)
		golden(t, "summary."+lang+".md", b.Bytes())
		b.Reset()
		report.WriteHTML(&b, views, nil)
		golden(t, "summary."+lang+".html", b.Bytes())
	}
	// Colour only when asked for; a base URL prefixes every link.
	v := report.Build(g, ins[0], report.Options{Lang: "en", BaseURL: "https://guide.example.org/"})
	var b bytes.Buffer
	report.WriteText(&b, v, report.Options{Color: true}, 2, 4)
	golden(t, "chrysalis.en.color.txt", b.Bytes())
}

// TestHTMLSelfContained: no scripts, no external requests, right-to-left
// for Hebrew, and everything from the proposal escaped.
func TestHTMLSelfContained(t *testing.T) {
	g := testutil.FixtureGuide(t)
	in := inputs(t, g)[0]
	p := *in.Proposal
	p.Locality = `<script>alert("x")</script>`
	p.Organisations = []string{`<img src=x onerror=alert(1)>`}
	in.Proposal = &p
	for _, lang := range testutil.Languages(g) {
		var b bytes.Buffer
		if err := report.WriteHTML(&b, []*report.View{report.Build(g, in, report.Options{Lang: lang})}, nil); err != nil {
			t.Fatal(err)
		}
		s := b.String()
		for _, bad := range []string{"<script", "<img", "<iframe", "<link", "@import", "url(", "http://", "https://"} {
			if strings.Contains(strings.ReplaceAll(s, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
				t.Errorf("%s: contains %q", lang, bad)
			}
		}
		if wantDir := map[bool]string{true: `dir="rtl"`, false: `dir="ltr"`}[lang == "he"]; !strings.Contains(s, `<html lang="`+lang+`" `+wantDir) {
			t.Errorf("%s: html element lacks %s", lang, wantDir)
		}
		if !strings.Contains(s, `<svg class="radar"`) || !strings.Contains(s, "<title id=") {
			t.Errorf("%s: no accessible radar chart", lang)
		}
		var md bytes.Buffer
		report.WriteMarkdown(&md, report.Build(g, in, report.Options{Lang: lang}))
		if strings.Contains(md.String(), "<script") {
			t.Errorf("%s: Markdown lets HTML through", lang)
		}
	}
}

// TestJSONMatchesSchema: the JSON report validates against
// schemas/report.schema.json.
func TestJSONMatchesSchema(t *testing.T) {
	g := testutil.FixtureGuide(t)
	set, err := schema.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	report.WriteJSON(&b, g, inputs(t, g), report.Options{})
	doc, errs := yamlpos.Parse("report.json", b.Bytes(), yamlpos.DefaultLimits)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := set.Validate("report", doc); len(errs) > 0 {
		t.Error(errs)
	}
}

func TestRadarDeterministic(t *testing.T) {
	g := testutil.FixtureGuide(t)
	in := inputs(t, g)[0]
	a := report.Radar(report.Build(g, in, report.Options{}))
	b := report.Radar(report.Build(g, in, report.Options{}))
	if a != b || !strings.HasPrefix(a, "<svg") || strings.Contains(a, "-0,") || strings.Contains(a, "NaN") {
		t.Errorf("radar not deterministic or malformed: %s", a)
	}
}

func TestCSVFormulaSafe(t *testing.T) {
	g := testutil.FixtureGuide(t)
	in := inputs(t, g)[0]
	p := *in.Proposal
	p.Locality = "=HYPERLINK(\"x\")"
	in.Proposal = &p
	var b bytes.Buffer
	report.WriteCSV(&b, []*report.View{report.Build(g, in, report.Options{})})
	if !strings.Contains(b.String(), `'=HYPERLINK`) {
		t.Errorf("formula not neutralised: %s", b.String())
	}
}
