package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/score"
)

// JSONVersion is the version of the JSON report format. It changes only
// when a field is removed or changes meaning; new fields may be added.
const JSONVersion = 1

// JSON is the JSON report: one entry per proposal checked. The schema in
// schemas/report.schema.json is generated from this type.
type JSON struct {
	// Version is the version of this report format; 1.
	Version int `json:"version" jsonschema:"required,enum=1"`
	// Generator names the program that wrote the report.
	Generator string `json:"generator" jsonschema:"required"`
	// Reports holds one report per proposal, in the order the files were given.
	Reports []JSONReport `json:"reports" jsonschema:"required"`
}

// JSONReport is the report on one proposal. Ids are the guide's ids; only
// the band's name and the guide links depend on the report language.
type JSONReport struct {
	// File is the proposal file as it was given on the command line.
	File string `json:"file" jsonschema:"required"`
	// Language is the report language.
	Language string `json:"language" jsonschema:"required"`
	// Proposal repeats who and what the proposal is about.
	Proposal JSONProposal `json:"proposal" jsonschema:"required"`
	// BandName is the readiness band as a plain-language level, in the report language.
	BandName string `json:"band_name" jsonschema:"required"`
	// Score is the result of the published scoring method.
	Score score.Result `json:"score" jsonschema:"required"`
	// Links are the guide pages of every criterion and recommendation the report names, by id.
	Links map[string]string `json:"links" jsonschema:"required"`
}

// JSONProposal is who and what a proposal is about.
type JSONProposal struct {
	// Locality is the place the project is for.
	Locality string `json:"locality"`
	// Organisations are the proposing organisations.
	Organisations []string `json:"organisations"`
	// Models are the ids of the models replicated.
	Models []string `json:"models"`
	// Date is the day of the assessment, YYYY-MM-DD.
	Date string `json:"date"`
	// AssessedBy names who made the assessment.
	AssessedBy string `json:"assessed_by"`
	// Language is the language the proposal asks its report in.
	Language string `json:"language"`
}

// WriteJSON writes the JSON report of every input.
func WriteJSON(w io.Writer, g *guide.Guide, ins []Input, opt Options) error {
	out := JSON{Version: JSONVersion, Generator: "exitguide", Reports: []JSONReport{}}
	for _, in := range ins {
		v := Build(g, in, opt)
		links := map[string]string{}
		for _, c := range in.Result.Criteria {
			links[c.Criterion] = urls{base: strings.TrimRight(opt.BaseURL, "/"), lang: v.Lang, g: g}.criterion(c.Criterion, in.Proposal.Models)
		}
		for _, gp := range v.Gaps {
			for _, r := range gp.Recs {
				links[r.ID] = r.URL
			}
		}
		p := in.Proposal
		out.Reports = append(out.Reports, JSONReport{File: in.File, Language: v.Lang,
			Proposal: JSONProposal{Locality: p.Locality, Organisations: p.Organisations, Models: p.Models, Date: p.Date, AssessedBy: p.AssessedBy, Language: p.Language},
			BandName: v.Band.S, Score: in.Result, Links: links})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteMarkdown writes one report as Markdown.
func WriteMarkdown(w io.Writer, v *View) error {
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	f("# %s: %s\n\n", v.T("title"), mdEsc(v.P.Locality))
	f("| | |\n| --- | --- |\n")
	f("| %s | `%s` |\n", v.T("file"), v.File)
	f("| %s | %s |\n", v.T("organisations"), mdEsc(strings.Join(v.P.Organisations, "; ")))
	f("| %s | %s |\n", v.T("models"), mdEsc(strings.Join(v.ModelNames, "; ")))
	f("| %s | %s |\n", v.T("date"), v.P.Date)
	f("| %s | %s |\n\n", v.T("assessed_by"), mdEsc(v.P.AssessedBy))
	f("## %s: %s\n\n", v.T("readiness"), v.Band.S)
	f("**%s** — %s (%s)\n\n", v.Band.S, v.Percent, v.Points)
	if v.BandDesc.S != "" {
		f("%s\n\n", v.BandDesc.S)
	}
	f("**%s:** %s\n\n", v.T("why"), v.Why)
	for _, c := range v.WhyCaps {
		f("- %s\n", c)
	}
	if len(v.WhyCaps) > 0 {
		f("\n")
	}
	f("## %s\n\n| %s | %s | %s |\n| --- | ---: | ---: |\n", v.T("domains"), v.T("domain"), v.T("score"), v.T("points"))
	for _, d := range v.Domains {
		f("| %s | %s | %s |\n", d.Name.S, d.PctText, d.Points)
	}
	f("\n## %s\n\n", v.T("must_missing"))
	mdRefs(&b, v, v.MustMissing)
	if len(v.MustPartial) > 0 {
		f("## %s\n\n", v.T("must_partial"))
		mdRefs(&b, v, v.MustPartial)
	}
	f("## %s\n\n", v.T("gaps"))
	if len(v.Gaps) == 0 {
		f("%s\n\n", v.T("none"))
	}
	for i, gp := range v.Gaps {
		tags := []string{gp.Status, fmt.Sprintf(v.T("weight"), gp.Weight), gp.Missing}
		if gp.MustHave {
			tags = append([]string{"**" + v.T("must_have") + "**"}, tags...)
		}
		f("### %d. %s\n\n`%s` · %s\n\n", i+1, mdEsc(gp.Question.S), gp.ID, strings.Join(tags, ", "))
		if gp.Better.S != "" {
			f("**%s:** %s\n\n", v.T("how_better"), strings.TrimSpace(gp.Better.S))
		}
		if len(gp.Recs) > 0 {
			f("**%s:**\n\n", v.T("recs"))
			for _, r := range gp.Recs {
				f("- [%s](%s)\n", mdEsc(r.Title.S), r.URL)
			}
			f("\n")
		}
		f("**%s:** [%s](%s)\n\n", v.T("guide_page"), gp.ID, gp.URL)
		if len(gp.BlockedBy) > 0 {
			f("**%s:** %s\n\n", v.T("blocked_by"), codeIDs(gp.BlockedBy))
		}
		if len(gp.Blocks) > 0 {
			f("**%s:** %s\n\n", v.T("blocks"), codeIDs(gp.Blocks))
		}
	}
	f("## %s\n\n", v.T("strengths"))
	mdRefs(&b, v, v.Strengths)
	f("## %s\n\n", v.T("dependencies"))
	if len(v.Deps) == 0 {
		f("%s\n\n", v.T("no_dependencies"))
	} else {
		for _, d := range v.Deps {
			f("- %s\n", fmt.Sprintf(v.T("dep_line"), "`"+d.ID+"`", codeIDs(d.Blocks)))
		}
		f("\n")
	}
	if len(v.Premature) > 0 {
		f("## %s\n\n", v.T("premature"))
		for _, p := range v.Premature {
			f("- %s\n", fmt.Sprintf(v.T("premature_line"), "`"+p.ID+"`", codeIDs(p.Needs)))
		}
		f("\n")
	}
	if len(v.Unanswered) > 0 {
		f("## %s\n\n", v.T("unanswered"))
		mdRefs(&b, v, v.Unanswered)
	}
	if len(v.NotApplicable) > 0 {
		f("## %s\n\n", v.T("not_applicable"))
		mdRefs(&b, v, v.NotApplicable)
	}
	f("## %s\n\n%s\n", v.T("method"), v.Method)
	_, err := io.WriteString(w, b.String())
	return err
}

func mdRefs(b *strings.Builder, v *View, refs []Ref) {
	if len(refs) == 0 {
		fmt.Fprintf(b, "%s\n\n", v.T("none"))
		return
	}
	for _, r := range refs {
		fmt.Fprintf(b, "- [%s](%s) (`%s`)\n", mdEsc(r.Question.S), r.URL, r.ID)
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

var mdReplacer = strings.NewReplacer(`\`, `\\`, "|", `\|`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`", "&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", " ")

// mdEsc escapes text from a proposal so it cannot change the Markdown
// around it (tables, links, emphasis, raw HTML, entities).
func mdEsc(s string) string { return mdReplacer.Replace(s) }

// SummaryRow is one proposal in the summary table.
type SummaryRow struct {
	File, Locality, Models, Band, Percent, Points string
	MustMissing, Gaps                             int
	TopGap                                        string
}

// Summary builds the summary rows of many reports.
func Summary(views []*View) []SummaryRow {
	rows := make([]SummaryRow, len(views))
	for i, v := range views {
		top := ""
		if len(v.R.Gaps) > 0 {
			top = v.R.Gaps[0].Criterion
		}
		rows[i] = SummaryRow{File: v.File, Locality: v.P.Locality, Models: strings.Join(v.P.Models, " "), Band: v.Band.S,
			Percent: Pct(v.Lang, v.R.Percent), Points: fmt.Sprintf(T(v.Lang, "points_of"), Num(v.Lang, v.R.Earned), Num(v.Lang, v.R.Possible)),
			MustMissing: len(v.R.MustHavesMissing), Gaps: len(v.R.Gaps), TopGap: top}
	}
	return rows
}

func summaryHeader(lang string) []string {
	keys := []string{"col_file", "col_locality", "col_models", "col_band", "col_percent", "col_points", "col_must_missing", "col_gaps", "col_top_gap"}
	h := make([]string, len(keys))
	for i, k := range keys {
		h[i] = T(lang, k)
	}
	return h
}

// WriteCSV writes the summary table as CSV (RFC 4180), one row per
// proposal, with machine-readable columns after the header: band id,
// percent as a plain number and points in quarter-points follow the
// readable ones. Cells that a spreadsheet would run as a formula are
// prefixed with an apostrophe.
func WriteCSV(w io.Writer, lang string, views []*View) error {
	cw := csv.NewWriter(w)
	head := append(summaryHeader(lang), "band", "percent", "earned_quarters", "possible_quarters")
	if err := cw.Write(head); err != nil {
		return err
	}
	for i, r := range Summary(views) {
		v := views[i]
		rec := []string{r.File, r.Locality, r.Models, r.Band, r.Percent, r.Points, fmt.Sprint(r.MustMissing), fmt.Sprint(r.Gaps), r.TopGap,
			v.R.Band, fmt.Sprintf("%.1f", v.R.Percent), fmt.Sprint(v.R.EarnedQuarters), fmt.Sprint(v.R.PossibleQuarters)}
		if err := writeCSVRow(cw, rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeCSVRow writes one row of user-supplied cells, each made safe from
// spreadsheet formula injection first.
func writeCSVRow(cw *csv.Writer, rec []string) error {
	for j, c := range rec {
		rec[j] = csvSafe(c)
	}
	return cw.Write(rec)
}

func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteSummaryMarkdown writes the summary table as Markdown.
func WriteSummaryMarkdown(w io.Writer, lang string, views []*View) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n| %s |\n|", fmt.Sprintf(T(lang, "summary"), len(views)), strings.Join(summaryHeader(lang), " | "))
	for range summaryHeader(lang) {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range Summary(views) {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s | %d | %d | `%s` |\n", r.File, mdEsc(r.Locality), r.Models, r.Band, r.Percent, r.Points, r.MustMissing, r.Gaps, r.TopGap)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSummaryText writes the summary table for the terminal.
func WriteSummaryText(w io.Writer, lang string, views []*View) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", fmt.Sprintf(T(lang, "summary"), len(views)))
	for _, r := range Summary(views) {
		fmt.Fprintf(&b, "  %s — %s: %s, %s (%s); %s %d; %s %d\n", r.File, r.Locality, r.Band, r.Percent, r.Points,
			T(lang, "col_must_missing"), r.MustMissing, T(lang, "col_gaps"), r.Gaps)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
