package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
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
	f("# %s: %s\n\n", v.T("report_title"), mdEsc(v.P.Locality))
	f("| | |\n| --- | --- |\n")
	f("| %s | `%s` |\n", v.T("report_file"), v.File)
	f("| %s | %s |\n", v.T("report_organisations"), mdEsc(strings.Join(v.P.Organisations, "; ")))
	f("| %s | %s |\n", v.T("report_models"), mdEsc(strings.Join(v.ModelNames, "; ")))
	f("| %s | %s |\n", v.T("report_date"), v.P.Date)
	f("| %s | %s |\n\n", v.T("report_assessed_by"), mdEsc(v.P.AssessedBy))
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
	f("## %s\n\n", v.T("report_gaps"))
	if len(v.Gaps) == 0 {
		f("%s\n\n", v.T("report_none"))
	}
	for i, gp := range v.Gaps {
		tags := []string{gp.Status, v.Weight(gp.Weight), gp.Missing}
		if gp.MustHave {
			tags = append([]string{"**" + v.T("report_must_have") + "**"}, tags...)
		}
		f("### %d. %s\n\n`%s` · %s\n\n", i+1, mdEsc(gp.Question.S), gp.ID, strings.Join(tags, ", "))
		if gp.Better.S != "" {
			f("**%s:** %s\n\n", v.T("report_how_better"), strings.TrimSpace(gp.Better.S))
		}
		if len(gp.Recs) > 0 {
			f("**%s:**\n\n", v.T("report_recs"))
			for _, r := range gp.Recs {
				f("- [%s](%s)\n", mdEsc(r.Title.S), r.URL)
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

// MarkdownEscape escapes text from a proposal so it cannot change the
// Markdown around it (tables, links, emphasis, raw HTML, entities); a line
// break becomes a space, so the text stays in its table cell.
func MarkdownEscape(s string) string { return mdReplacer.Replace(s) }

func mdEsc(s string) string { return MarkdownEscape(s) }

// SummaryRow is one proposal in the summary table.
type SummaryRow struct {
	File, Locality, Models, Band string
	Percent, Points              string // as the report language writes them: "58,3 %", "35 af 60 point"
	MustMissing, Gaps            int
	TopGap                       string
	// The figures as numbers, for the CSV table.
	PercentValue, Earned, Possible float64
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
			Percent: v.L.Pct(v.R.Percent), Points: v.PointsOf(v.R.Earned, v.R.Possible),
			MustMissing: len(v.R.MustHavesMissing), Gaps: len(v.R.Gaps), TopGap: top,
			PercentValue: v.R.Percent, Earned: v.R.Earned, Possible: v.R.Possible}
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

var summaryKeys = []string{"report_col_file", "report_col_locality", "report_col_models", "report_col_band", "report_col_percent", "report_col_points", "report_col_must_missing", "report_col_gaps", "report_col_top_gap"}

// WriteCSV writes the summary table as CSV for a spreadsheet, one row per
// proposal, in the language of the views (they share one): one header
// row, then the readable columns, the percent and the points as numbers
// written the way that language writes them (csvWriter says how the file
// is made to open in a spreadsheet set to that language).
func WriteCSV(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	v0 := views[0]
	cw, err := csvWriter(w, v0, "report_col_file", "report_col_locality", "report_col_models", "report_col_band", "report_col_percent",
		"report_col_points", "report_col_possible", "report_col_must_missing", "report_col_gaps", "report_col_top_gap")
	if err != nil {
		return err
	}
	for _, r := range Summary(views) {
		rec := []string{r.File, r.Locality, r.Models, r.Band, v0.L.Fixed1(r.PercentValue), v0.L.Num(r.Earned), v0.L.Num(r.Possible),
			strconv.Itoa(r.MustMissing), strconv.Itoa(r.Gaps), r.TopGap}
		if err := writeCSVRow(cw, rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvWriter starts a CSV file (RFC 4180) that spreadsheets open correctly
// in v's language, with one header row of the texts of headerKeys: UTF-8
// with a byte-order mark (without one, Excel reads the file in the
// system's legacy encoding and garbles æ, č or Hebrew), and the cell
// separator of the language's language.yaml (";" where the decimal
// separator is a comma, as Excel expects there).
func csvWriter(w io.Writer, v *View, headerKeys ...string) (*csv.Writer, error) {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.Comma = v.L.Separator()
	return cw, cw.Write(headers(v, headerKeys...))
}

// writeCSVRow writes one row of user-supplied cells, each made safe from
// spreadsheet formula injection first.
func writeCSVRow(cw *csv.Writer, rec []string) error {
	for j, c := range rec {
		rec[j] = csvSafe(c)
	}
	return cw.Write(rec)
}

// csvSafe prefixes an apostrophe to a cell a spreadsheet would run as a
// formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteSummaryMarkdown writes the summary table as Markdown, in the
// language of the views (they share one).
func WriteSummaryMarkdown(w io.Writer, views []*View) error {
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
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s | %d | %d | `%s` |\n", r.File, mdEsc(r.Locality), r.Models, r.Band, r.Percent, r.Points, r.MustMissing, r.Gaps, r.TopGap)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSummaryText writes the summary table for the terminal, in the
// language of the views (they share one).
func WriteSummaryText(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	v0 := views[0]
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", v0.T("report_summary", "n", strconv.Itoa(len(views))))
	for _, r := range Summary(views) {
		fmt.Fprintf(&b, "  %s — %s: %s, %s (%s); %s %d; %s %d\n", r.File, r.Locality, r.Band, r.Percent, r.Points,
			v0.T("report_col_must_missing"), r.MustMissing, v0.T("report_col_gaps"), r.Gaps)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
