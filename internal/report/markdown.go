package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/render"
)

// writeMarkdown writes one report as Markdown.
func writeMarkdown(w io.Writer, v *View) error {
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	f("# %s: %s\n\n", v.T("report_title"), render.Markdown(v.Proposal.Locality))
	f("| | |\n| --- | --- |\n")
	f("| %s | `%s` |\n", v.T("report_file"), v.File)
	f("| %s | %s |\n", v.T("report_organisations"), render.Markdown(strings.Join(v.Proposal.Organisations, "; ")))
	f("| %s | %s |\n", v.T("report_models"), render.Markdown(strings.Join(v.ModelNames, "; ")))
	f("| %s | %s |\n", v.T("report_date"), v.Proposal.Date)
	f("| %s | %s |\n\n", v.T("report_assessed_by"), render.Markdown(v.Proposal.AssessedBy))
	for _, e := range v.Evidence {
		f("%s\n\n", render.Markdown(e))
	}
	f("## %s: %s\n\n", v.T("report_readiness"), v.Band.S)
	f("**%s** — %s (%s)\n\n", v.Band.S, v.Percent, v.Points)
	if v.BandDesc.S != "" {
		f("%s\n\n", v.BandDesc.S)
	}
	f("**%s:** %s\n\n", v.T("report_why"), v.Why)
	for _, c := range v.WhyCaps {
		f("- %s\n", c)
	}
	if len(v.WhyCaps) > 0 {
		f("\n")
	}
	for _, c := range v.Counts {
		f("%s\n\n", c)
	}
	f("## %s\n\n| %s | %s | %s |\n| --- | ---: | ---: |\n", v.T("report_domains"), v.T("report_domain"), v.T("report_score"), v.T("report_points"))
	for _, d := range v.Domains {
		f("| %s | %s | %s |\n", d.Name.S, d.PctText, d.Points)
	}
	f("\n## %s\n\n", v.T("report_must_missing"))
	mdRefs(&b, v, v.MustMissing)
	if len(v.MustPartial) > 0 {
		f("## %s\n\n", v.T("report_must_partial"))
		mdRefs(&b, v, v.MustPartial)
	}
	if len(v.DontKnow) > 0 {
		f("## %s\n\n%s\n\n", v.T("report_dont_know"), v.T("report_dont_know_intro"))
		mdRefs(&b, v, v.DontKnow)
	}
	f("## %s\n\n", v.T("report_gaps"))
	if len(v.Gaps) == 0 {
		f("%s\n\n", v.T("report_none"))
	}
	for i, gp := range v.Gaps {
		tags := []string{gp.Status, v.Weight(gp.Weight), gp.Missing}
		if gp.MustHave {
			tags = append([]string{"**" + v.T("report_must_have") + "**"}, tags...)
		}
		f("### %d. %s\n\n`%s` · %s\n\n", i+1, render.Markdown(gp.Question.S), gp.ID, strings.Join(tags, ", "))
		if gp.Better.S != "" {
			f("**%s:** %s\n\n", v.T("report_how_better"), strings.TrimSpace(gp.Better.S))
		}
		if len(gp.Recs) > 0 {
			f("**%s:**\n\n", v.T("report_recs"))
			for _, r := range gp.Recs {
				f("- [%s](%s)\n", render.Markdown(r.Title.S), r.URL)
			}
			f("\n")
		}
		f("**%s:** [%s](%s)\n\n", v.T("report_guide_page"), gp.ID, gp.URL)
		if len(gp.BlockedBy) > 0 {
			f("**%s:** %s\n\n", v.T("report_blocked_by"), codeIDs(gp.BlockedBy))
		}
		if len(gp.Blocks) > 0 {
			f("**%s:** %s\n\n", v.T("report_blocks"), codeIDs(gp.Blocks))
		}
	}
	if len(v.Claimed) > 0 {
		f("## %s\n\n%s\n\n", v.T("report_claimed"), v.T("report_claimed_intro"))
		mdRefs(&b, v, v.Claimed)
	}
	f("## %s\n\n", v.T("report_strengths"))
	mdRefs(&b, v, v.Strengths)
	f("## %s\n\n", v.T("report_dependencies"))
	if len(v.Deps) == 0 {
		f("%s\n\n", v.T("report_no_dependencies"))
	} else {
		for _, d := range v.Deps {
			f("- %s\n", v.T("report_dep_line", "criterion", "`"+d.ID+"`", "blocks", codeIDs(d.Blocks)))
		}
		f("\n")
	}
	if len(v.Premature) > 0 {
		f("## %s\n\n", v.T("report_premature"))
		for _, p := range v.Premature {
			f("- %s\n", v.T("report_premature_line", "criterion", "`"+p.ID+"`", "needs", codeIDs(p.Needs)))
		}
		f("\n")
	}
	if len(v.Unanswered) > 0 {
		f("## %s\n\n", v.T("report_unanswered"))
		mdRefs(&b, v, v.Unanswered)
	}
	if len(v.NotApplicable) > 0 {
		f("## %s\n\n", v.T("report_not_applicable"))
		mdRefs(&b, v, v.NotApplicable)
	}
	f("## %s\n\n%s\n", v.T("report_method"), v.Method)
	_, err := io.WriteString(w, b.String())
	return err
}

func mdRefs(b *strings.Builder, v *View, refs []Ref) {
	if len(refs) == 0 {
		fmt.Fprintf(b, "%s\n\n", v.T("report_none"))
		return
	}
	for _, r := range refs {
		fmt.Fprintf(b, "- [%s](%s) (`%s`)\n", render.Markdown(r.Question.S), r.URL, r.ID)
	}
	b.WriteString("\n")
}

func codeIDs(refs []Ref) string {
	s := make([]string, len(refs))
	for i, r := range refs {
		s[i] = "`" + r.ID + "`"
	}
	return strings.Join(s, ", ")
}

// SummaryRow is one proposal in the summary table.
type SummaryRow struct {
	File, Locality, Models, Band string
	Percent, Points              string // as the report language writes them: "58,3 %", "35 af 60 point"
	MustMissing, Gaps            int
	DontKnow                     int // answers "don't know yet"
	Claimed                      int // answers in place or partly with no evidence
	TopGap                       string
	// Evidence says how strong the evidence behind each model checked is.
	Evidence string
	// The figures as numbers, for the CSV table.
	PercentValue, Earned, Possible float64
}

// Summary builds the summary rows of many reports.
func Summary(views []*View) []SummaryRow {
	rows := make([]SummaryRow, len(views))
	for i, v := range views {
		top := ""
		if len(v.Result.Gaps) > 0 {
			top = v.Result.Gaps[0].Criterion
		}
		rows[i] = SummaryRow{File: v.File, Locality: v.Proposal.Locality, Models: strings.Join(v.Proposal.Models, " "), Band: v.Band.S,
			Percent: v.L.Pct(v.Result.Percent), Points: v.PointsOf(v.Result.Earned, v.Result.Possible),
			MustMissing: len(v.Result.MustHavesMissing), Gaps: len(v.Result.Gaps), DontKnow: len(v.Result.DontKnow), Claimed: len(v.Result.ClaimedNotShown), TopGap: top,
			PercentValue: v.Result.Percent, Earned: v.Result.Earned, Possible: v.Result.Possible,
			Evidence: strings.Join(v.Evidence, " ")}
	}
	return rows
}

// headers returns the texts of keys in the view's language.
func headers(v *View, keys ...string) []string {
	h := make([]string, len(keys))
	for i, k := range keys {
		h[i] = v.T(k)
	}
	return h
}

var summaryKeys = []string{"report_col_file", "report_col_locality", "report_col_models", "report_col_band", "report_col_percent", "report_col_points", "report_col_must_missing", "report_col_gaps", "report_col_dont_know", "report_col_claimed", "report_col_top_gap"}

// writeSummaryMarkdown writes the summary table as Markdown, in the
// language of the views (they share one).
func writeSummaryMarkdown(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	v0 := views[0]
	var b strings.Builder
	head := headers(v0, summaryKeys...)
	fmt.Fprintf(&b, "# %s\n\n| %s |\n|", v0.T("report_summary", "n", strconv.Itoa(len(views))), strings.Join(head, " | "))
	for range head {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range Summary(views) {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s | %d | %d | %d | %d | `%s` |\n", r.File, render.Markdown(r.Locality), r.Models, r.Band, r.Percent, r.Points, r.MustMissing, r.Gaps, r.DontKnow, r.Claimed, r.TopGap)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeSummaryText writes the summary table for the terminal, in the
// language of the views (they share one).
func writeSummaryText(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	v0 := views[0]
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", v0.T("report_summary", "n", strconv.Itoa(len(views))))
	for _, r := range Summary(views) {
		fmt.Fprintf(&b, "  %s — %s: %s, %s (%s); %s %d; %s %d; %s %d; %s %d\n", r.File, r.Locality, r.Band, r.Percent, r.Points,
			v0.T("report_col_must_missing"), r.MustMissing, v0.T("report_col_gaps"), r.Gaps, v0.T("report_col_dont_know"), r.DontKnow,
			v0.T("report_col_claimed"), r.Claimed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
