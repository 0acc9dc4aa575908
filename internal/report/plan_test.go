package report_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/testutil"
)

// TestPlanGolden: the action plan as Markdown and CSV in every language.
func TestPlanGolden(t *testing.T) {
	g := testutil.FixtureGuide(t)
	ins := inputs(t, g)
	for _, lang := range report.Languages {
		var views []*report.View
		for _, in := range ins {
			views = append(views, report.Build(g, in, report.Options{Lang: lang}))
		}
		var b bytes.Buffer
		if err := report.WritePlanMarkdown(&b, views[1]); err != nil {
			t.Fatal(err)
		}
		golden(t, "plan."+lang+".md", b.Bytes())
		b.Reset()
		if err := report.WritePlanCSV(&b, lang, views); err != nil {
			t.Fatal(err)
		}
		golden(t, "plan."+lang+".csv", b.Bytes())
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
		var b bytes.Buffer
		report.WritePlanCSV(&b, "en", []*report.View{v})
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil || len(recs) != len(rows)+1 {
			t.Errorf("CSV: %v, %d records", err, len(recs))
		}
	}
}
