package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/render"
)

// PlanRow is one action of the action plan: one gap, in priority order.
type PlanRow struct {
	N        int
	ID       string
	Action   Text // the criterion's "how to do better"
	Question Text
	Status   string // now, in the report language
	MustHave bool
	Owner    string // from the proposal's answer, or empty to fill in
	Due      string
	Recs     []Link
	URL      string
}

// Plan turns a report's gaps into actions: what to do, who, by when, and
// the guide page and recommendations to read.
func Plan(v *View) []PlanRow {
	rows := make([]PlanRow, 0, len(v.Gaps))
	for i, gp := range v.Gaps {
		a := v.Proposal.Answers[gp.ID]
		rows = append(rows, PlanRow{N: i + 1, ID: gp.ID, Action: Text{strings.Join(strings.Fields(plain(gp.Better.S)), " "), gp.Better.Lang}, Question: gp.Question,
			Status: gp.Status, MustHave: gp.MustHave, Owner: strings.TrimSpace(a.Owner), Due: a.Due, Recs: gp.Recs, URL: gp.URL})
	}
	return rows
}

var planKeys = []string{"report_plan_n", "report_plan_action", "report_plan_criterion", "report_plan_status", "report_plan_owner", "report_plan_due", "report_recs", "report_guide_page"}

// writePlanMarkdown writes the action plan of one report as a Markdown
// table to take home; owner and due are blank where the proposal names
// none, to fill in.
func writePlanMarkdown(w io.Writer, v *View) error {
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	f("# %s: %s\n\n", v.T("report_plan_title"), render.Markdown(v.Proposal.Locality))
	f("%s · %s · %s · %s\n\n", v.Band.S, v.Percent, v.Points, v.Proposal.Date)
	f("%s\n\n", v.T("report_plan_intro"))
	for _, e := range v.Evidence {
		f("%s\n\n", render.Markdown(e))
	}
	for _, c := range v.Counts {
		f("%s\n\n", c)
	}
	if len(v.DontKnow) > 0 {
		// The questions to find out come first: each may change the plan.
		f("## %s\n\n%s\n\n", v.T("report_dont_know"), v.T("report_dont_know_intro"))
		mdRefs(&b, v, v.DontKnow)
	}
	if len(v.Gaps) == 0 {
		f("%s\n", v.T("report_none"))
		_, err := io.WriteString(w, b.String())
		return err
	}
	h := headers(v, planKeys...)
	f("| %s |\n|%s\n", strings.Join(h, " | "), strings.Repeat(" --- |", len(h)))
	for _, r := range Plan(v) {
		q := render.Markdown(r.Question.S)
		if r.MustHave {
			q = "**" + v.T("report_must_have") + ":** " + q
		}
		var recs []string
		for _, l := range r.Recs {
			recs = append(recs, "["+render.Markdown(l.Title.S)+"]("+l.URL+")")
		}
		f("| %d | %s | %s | %s | %s | %s | %s | [%s](%s) |\n", r.N, render.Markdown(r.Action.S), q, r.Status, render.Markdown(r.Owner), r.Due,
			strings.Join(recs, "<br>"), r.ID, r.URL)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writePlanCSV writes the action plans of every report as one CSV table
// for a spreadsheet, one row per action, in the language of the views
// (they share one; csvWriter says how the file is made). Cells a
// spreadsheet would run as formulas get an apostrophe.
func writePlanCSV(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	cw, err := csvWriter(w, views[0], "report_col_file", "report_plan_n", "report_plan_action", "report_plan_criterion", "report_col_criterion_id",
		"report_col_must_have", "report_plan_status", "report_plan_owner", "report_plan_due", "report_recs", "report_guide_page", "report_col_evidence")
	if err != nil {
		return err
	}
	for _, v := range views {
		for _, r := range Plan(v) {
			var titles []string
			for _, l := range r.Recs {
				titles = append(titles, l.Title.S+" <"+l.URL+">")
			}
			must := ""
			if r.MustHave {
				must = v.T("report_must_have")
			}
			rec := []string{v.File, strconv.Itoa(r.N), r.Action.S, r.Question.S, r.ID, must, r.Status, r.Owner, r.Due, strings.Join(titles, "; "), r.URL, strings.Join(v.Evidence, " ")}
			if err := writeCSVRow(cw, rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
