package report_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/testutil"
)

// TestPlanGolden: the action plan as Markdown and CSV in every language.
func TestPlanGolden(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)
	for _, lang := range testutil.Languages(g) {
		opt := report.Options{Lang: lang}
		golden(t, "plan."+lang+".md", write(t, "plan", report.NewRun(g, ins[1:], opt)))
		golden(t, "plan."+lang+".csv", write(t, "plan-csv", report.NewRun(g, ins, opt)))
	}
}

// TestPlanRows: one row per gap in priority order, owner and due from the
// proposal where given, every row linked to its guide page.
func TestPlanRows(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for _, in := range inputs(t, g) {
		v := report.Build(g, in, report.Options{Lang: "en"})
		rows := report.Plan(v)
		if len(rows) != len(in.Result.Gaps) {
			t.Fatalf("%d rows for %d gaps", len(rows), len(in.Result.Gaps))
		}
		for i, r := range rows {
			if r.ID != in.Result.Gaps[i].Criterion || !strings.HasPrefix(r.URL, "/en/models/") {
				t.Errorf("row %d: %+v", i, r)
			}
			if a := in.Proposal.Answers[r.ID]; r.Owner != strings.TrimSpace(a.Owner) || r.Due != a.Due {
				t.Errorf("row %d: owner %q due %q, answer %+v", i, r.Owner, r.Due, a)
			}
		}
		b := write(t, "plan-csv", report.NewRun(g, []report.Input{in}, report.Options{Lang: "en"}))
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
		if err != nil || len(recs) != len(rows)+1 {
			t.Errorf("CSV: %v, %d records", err, len(recs))
		}
	}
}

// TestCSVForSpreadsheets: both CSV tables open in a spreadsheet set to the
// report language: UTF-8 with a byte-order mark, the language's cell
// separator (";" where the decimal separator is a comma), one header row in
// that language only, and every row as long as the header. The Hebrew and
// Danish tables read back, cell for cell, with encoding/csv.
func TestCSVForSpreadsheets(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)
	for _, lang := range testutil.Languages(g) {
		run := report.NewRun(g, ins, report.Options{Lang: lang})
		views := run.Views
		l := views[0].L
		for _, name := range []string{"csv", "plan-csv"} {
			b := write(t, name, run)
			if !bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("%s %s: no UTF-8 byte-order mark", name, lang)
			}
			r := csv.NewReader(bytes.NewReader(b[3:]))
			r.Comma = l.Separator()
			rows, err := r.ReadAll() // also checks that every row has as many cells as the header
			if err != nil || len(rows) < 3 {
				t.Fatalf("%s %s: %v (%d rows)", name, lang, err, len(rows))
			}
			if want := map[string]rune{"en": ',', "he": ',', "da": ';', "sl": ';'}[lang]; r.Comma != want {
				t.Errorf("%s %s: separator %q, want %q", name, lang, r.Comma, want)
			}
			for _, h := range rows[0] {
				if slices.Contains([]string{"band", "percent", "earned_quarters", "possible_quarters", "criterion", "status", "must_have", "recommendations"}, h) {
					t.Errorf("%s %s: a second, English column id %q in the header %q", name, lang, h, rows[0])
				}
			}
			if want := map[string]int{"csv": 13, "plan-csv": 12}[name]; len(rows[0]) != want {
				t.Errorf("%s %s: %d columns, want %d: %q", name, lang, len(rows[0]), want, rows[0])
			}
			// The last column says how strong the evidence behind the
			// models is, in the table's language.
			if got, want := rows[1][len(rows[1])-1], strings.Join(views[0].Evidence, " "); got != want || want == "" {
				t.Errorf("%s %s: evidence cell %q, want %q", name, lang, got, want)
			}
			if name == "csv" {
				if got := rows[1][3]; got != views[0].Band.S {
					t.Errorf("%s %s: band cell %q, want %q", name, lang, got, views[0].Band.S)
				}
				if got, want := rows[1][4], l.Fixed1(views[0].Result.Percent); got != want {
					t.Errorf("%s %s: percent cell %q, want %q", name, lang, got, want)
				}
			}
		}
	}
}
