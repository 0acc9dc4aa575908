package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
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
		a := v.P.Answers[gp.ID]
		rows = append(rows, PlanRow{N: i + 1, ID: gp.ID, Action: Text{strings.Join(strings.Fields(plain(gp.Better.S)), " "), gp.Better.Lang}, Question: gp.Question,
			Status: gp.Status, MustHave: gp.MustHave, Owner: strings.TrimSpace(a.Owner), Due: a.Due, Recs: gp.Recs, URL: gp.URL})
	}
	return rows
}

func planHeader(lang string) []string {
	keys := []string{"plan_n", "plan_action", "plan_criterion", "plan_status", "plan_owner", "plan_due", "recs", "guide_page"}
	h := make([]string, len(keys))
	for i, k := range keys {
		h[i] = T(lang, k)
	}
	return h
}

// WritePlanMarkdown writes the action plan of one report as a Markdown
// table to take home; owner and due are blank where the proposal names
// none, to fill in.
func WritePlanMarkdown(w io.Writer, v *View) error {
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	f("# %s: %s\n\n", v.T("plan_title"), mdEsc(v.P.Locality))
	f("%s · %s · %s · %s\n\n", v.Band.S, v.Percent, v.Points, v.P.Date)
	f("%s\n\n", v.T("plan_intro"))
	if len(v.Gaps) == 0 {
		f("%s\n", v.T("none"))
		_, err := io.WriteString(w, b.String())
		return err
	}
	h := planHeader(v.Lang)
	f("| %s |\n|%s\n", strings.Join(h, " | "), strings.Repeat(" --- |", len(h)))
	for _, r := range Plan(v) {
		q := mdEsc(r.Question.S)
		if r.MustHave {
			q = "**" + v.T("must_have") + ":** " + q
		}
		var recs []string
		for _, l := range r.Recs {
			recs = append(recs, "["+mdEsc(l.Title.S)+"]("+l.URL+")")
		}
		f("| %d | %s | %s | %s | %s | %s | %s | [%s](%s) |\n", r.N, mdEsc(r.Action.S), q, r.Status, mdEsc(r.Owner), r.Due,
			strings.Join(recs, "<br>"), r.ID, r.URL)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WritePlanCSV writes the action plans of every report as one CSV table
// (RFC 4180), one row per action, for a spreadsheet: the readable columns,
// then the ids. Cells a spreadsheet would run as formulas get an apostrophe.
func WritePlanCSV(w io.Writer, lang string, views []*View) error {
	cw := csv.NewWriter(w)
	head := append([]string{T(lang, "col_file")}, planHeader(lang)...)
	head = append(head, "criterion", "status", "must_have", "recommendations")
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, v := range views {
		for _, r := range Plan(v) {
			var titles, ids []string
			for _, l := range r.Recs {
				titles = append(titles, l.Title.S+" <"+l.URL+">")
				ids = append(ids, l.ID)
			}
			rec := []string{v.File, fmt.Sprint(r.N), r.Action.S, r.Question.S, r.Status, r.Owner, r.Due, strings.Join(titles, "; "), r.URL,
				r.ID, v.R.Gaps[r.N-1].Status, fmt.Sprint(r.MustHave), strings.Join(ids, " ")}
			if err := writeCSVRow(cw, rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
