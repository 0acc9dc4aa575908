package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// writeCSV writes the summary table as CSV for a spreadsheet, one row per
// proposal, in the language of the views (they share one): one header
// row, then the readable columns, the percent and the points as numbers
// written the way that language writes them (csvWriter says how the file
// is made to open in a spreadsheet set to that language).
func writeCSV(w io.Writer, views []*View) error {
	if len(views) == 0 {
		return nil
	}
	v0 := views[0]
	cw, err := csvWriter(w, v0, "report_col_file", "report_col_locality", "report_col_models", "report_col_band", "report_col_percent",
		"report_col_points", "report_col_possible", "report_col_must_missing", "report_col_gaps", "report_col_dont_know", "report_col_claimed", "report_col_top_gap", "report_col_evidence")
	if err != nil {
		return err
	}
	for _, r := range Summary(views) {
		rec := []string{r.File, r.Locality, r.Models, r.Band, v0.L.Fixed1(r.PercentValue), v0.L.Num(r.Earned), v0.L.Num(r.Possible),
			strconv.Itoa(r.MustMissing), strconv.Itoa(r.Gaps), strconv.Itoa(r.DontKnow), strconv.Itoa(r.Claimed), r.TopGap, r.Evidence}
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
