package report_test

import (
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"slices"
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
	for _, name := range []string{"chrysalis.yaml", "cti-denmark.yaml", "dont-know.yaml"} {
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

// write writes run in the format called name, as check --format does.
func write(t testing.TB, name string, run *report.Run) []byte {
	t.Helper()
	f, ok := report.FormatNamed(name)
	if !ok {
		t.Fatalf("no format %q", name)
	}
	var b bytes.Buffer
	if err := f.Write(&b, run); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b.Bytes()
}

// TestGolden: every format in every language, for a proposal near ready
// and one still developing, each alone and both in one run.
func TestGolden(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)
	ext := map[string]string{"text": "txt", "markdown": "md", "html": "html", "json": "json"}
	for _, lang := range testutil.Languages(g) {
		opt := report.Options{Lang: lang}
		for _, in := range ins {
			run := report.NewRun(g, []report.Input{in}, opt)
			base := strings.TrimSuffix(filepath.Base(in.File), ".yaml") + "." + lang
			for name, ext := range ext {
				golden(t, base+"."+ext, write(t, name, run))
			}
		}
		run := report.NewRun(g, ins[:2], opt)
		golden(t, "summary."+lang+".csv", write(t, "csv", run))
		golden(t, "summary."+lang+".md", write(t, "markdown", run))
		golden(t, "summary."+lang+".html", write(t, "html", run))
	}
	// Evidence required: the claims with no evidence score as not started.
	req := ins[2]
	req.Result = score.ScoreWith(g, req.Proposal, score.Options{RequireEvidence: true})
	golden(t, "dont-know.required.en.txt", write(t, "text", report.NewRun(g, []report.Input{req}, report.Options{Lang: "en"})))
	// Colour only when asked for; a base URL prefixes every link.
	run := report.NewRun(g, ins[:1], report.Options{Lang: "en", BaseURL: "https://guide.example.org/", Color: true})
	golden(t, "chrysalis.en.color.txt", write(t, "text", run))
}

// TestFormats: check's formats are the registry's, each with its own name.
func TestFormats(t *testing.T) {
	want := []string{"text", "json", "markdown", "html", "csv", "plan", "plan-csv"}
	if got := report.Formats(); !slices.Equal(got, want) {
		t.Errorf("formats %v, want %v", got, want)
	}
	if _, ok := report.FormatNamed("pdf"); ok {
		t.Error("a format that does not exist was found")
	}
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
		s := string(write(t, "html", report.NewRun(g, []report.Input{in}, report.Options{Lang: lang})))
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
		if md := write(t, "markdown", report.NewRun(g, []report.Input{in}, report.Options{Lang: lang})); bytes.Contains(md, []byte("<script")) {
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
	doc, errs := yamlpos.Parse("report.json", write(t, "json", report.NewRun(g, inputs(t, g), report.Options{})), yamlpos.DefaultLimits)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := set.Validate("report", doc); len(errs) > 0 {
		t.Error(errs)
	}
}

// TestRadarDeterministic: the radar chart's markup is the same on every
// run, with no negative zero and no NaN among its coordinates.
func TestRadarDeterministic(t *testing.T) {
	g := testutil.FixtureGuide(t)
	in := inputs(t, g)[0]
	radar := func() string {
		s := string(write(t, "html", report.NewRun(g, []report.Input{in}, report.Options{})))
		i, j := strings.Index(s, `<svg class="radar"`), strings.Index(s, "</svg>")
		if i < 0 || j < i {
			t.Fatalf("no radar chart in %.300s", s)
		}
		return s[i : j+6]
	}
	a, b := radar(), radar()
	if a != b || strings.Contains(a, `"-0,`) || strings.Contains(a, " -0,") || strings.Contains(a, "NaN") {
		t.Errorf("radar not deterministic or malformed: %s", a)
	}
}

func TestCSVFormulaSafe(t *testing.T) {
	g := testutil.FixtureGuide(t)
	in := inputs(t, g)[0]
	p := *in.Proposal
	p.Locality = "=HYPERLINK(\"x\")"
	in.Proposal = &p
	if b := write(t, "csv", report.NewRun(g, []report.Input{in}, report.Options{})); !bytes.Contains(b, []byte(`'=HYPERLINK`)) {
		t.Errorf("formula not neutralised: %s", b)
	}
}

// TestEvidenceLineInEveryFormat: every format of check says, for each
// model checked, how strong the evidence behind it is, in the report's
// language, derived from the sources' type and status: Chrysalis rests on
// an evaluation report whose text is a draft translation.
func TestEvidenceLineInEveryFormat(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)[:1] // chrysalis.yaml
	for _, lang := range testutil.Languages(g) {
		run := report.NewRun(g, ins, report.Options{Lang: lang})
		v := run.Views[0]
		if len(v.Evidence) != 1 {
			t.Fatalf("%s: %d evidence lines, want 1 (one model): %q", lang, len(v.Evidence), v.Evidence)
		}
		w := v.W
		for _, part := range []string{w.T("evidence_type_evaluation_report"), w.T("evidence_status_draft"), w.T("evidence_evaluated"), v.ModelNames[0]} {
			if !strings.Contains(v.Evidence[0], part) {
				t.Errorf("%s: evidence line %q lacks %q", lang, v.Evidence[0], part)
			}
		}
		for _, name := range report.Formats() {
			out := string(write(t, name, run))
			line := v.Evidence[0]
			if name == "html" {
				line = html.EscapeString(line)
			}
			if name == "json" {
				line, _ = strings.CutSuffix(strings.TrimPrefix(fmt.Sprintf("%q", line), `"`), `"`)
			}
			if !strings.Contains(out, line) {
				t.Errorf("%s %s: no evidence line %q", name, lang, v.Evidence[0])
			}
		}
	}
}
