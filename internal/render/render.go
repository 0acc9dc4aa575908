// Package render holds what the writers of check's reports (package
// report) and of compare's comparisons (package compare) share, so each
// rule is written once: the Markdown escaper for text taken from proposal
// files, the number format of SVG coordinates, and the style sheet the
// self-contained HTML files start from.
package render

import (
	"math"
	"strconv"
	"strings"
)

var mdReplacer = strings.NewReplacer(`\`, `\\`, "|", `\|`, "[", `\[`, "]", `\]`, "*", `\*`, "_", `\_`, "`", "\\`",
	"&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", " ")

// Markdown escapes text from a proposal so it cannot change the Markdown
// around it: table cells, links, emphasis, code, raw HTML and entities stay
// text, and a line break becomes a space (a table row is one line).
func Markdown(s string) string { return mdReplacer.Replace(s) }

// SVGNum writes an SVG coordinate or length: rounded to one decimal place
// (halves away from zero), without a trailing ".0" and never "-0", so a
// chart's markup is the same on every machine.
func SVGNum(f float64) string {
	s := strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64)
	if s == "-0.0" {
		s = "0.0"
	}
	return strings.TrimSuffix(s, ".0")
}

// CSS is the style sheet every self-contained HTML file of exitguide starts
// with (a check report, a comparison): colours, type, tables, figures
// aligned to the end, ids kept left-to-right in right-to-left text, links,
// the footer and print. Each file adds the rules of its own parts.
const CSS = `:root{--ink:#1d1d1f;--muted:#5a5a66;--line:#d0d0d8;--accent:#2f5d8a;--warn:#9a3412;--ok:#166534;--soft:#f4f5f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:52rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);direction:ltr;unicode-bidi:isolate}
a{color:var(--accent)}footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}}`
