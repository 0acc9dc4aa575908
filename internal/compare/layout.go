package compare

import (
	"fmt"
	"html"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/exitguide/exitguide/internal/report"
)

// A comparison is laid out once as a doc (headings, paragraphs, tables, a
// chart) and written in each format from it, so text, Markdown and HTML
// always say the same thing.

type cell struct {
	S    string
	URL  string // a guide link, for Markdown and HTML
	ID   bool   // an id: code in Markdown, left-to-right in HTML
	Num  bool   // a figure: aligned to the end
	Mark bool   // stands out: a disagreement, a must-have
}

type block struct {
	h2    string
	para  string
	note  string // a smaller explanatory paragraph
	head  []string
	rows  [][]cell
	chart *chart
}

type doc struct {
	lang, dir string
	title     string
	blocks    []block
	footer    string
}

func (d *doc) h2(s string)                  { d.blocks = append(d.blocks, block{h2: s}) }
func (d *doc) p(s string)                   { d.blocks = append(d.blocks, block{para: s}) }
func (d *doc) small(s string)               { d.blocks = append(d.blocks, block{note: s}) }
func (d *doc) table(h []string, r [][]cell) { d.blocks = append(d.blocks, block{head: h, rows: r}) }
func (d *doc) addChart(c *chart)            { d.blocks = append(d.blocks, block{chart: c}) }

// writeText writes the doc for the terminal: tables as aligned columns.
func (d *doc) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", d.title, strings.Repeat("=", utf8.RuneCountInString(d.title)))
	for _, bl := range d.blocks {
		switch {
		case bl.h2 != "":
			fmt.Fprintf(&b, "\n%s\n%s\n", bl.h2, strings.Repeat("-", utf8.RuneCountInString(bl.h2)))
		case bl.para != "":
			fmt.Fprintf(&b, "%s\n", bl.para)
		case bl.note != "":
			fmt.Fprintf(&b, "%s\n", bl.note)
		case bl.head != nil:
			textTable(&b, bl.head, bl.rows)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", d.footer)
	_, err := io.WriteString(w, b.String())
	return err
}

func textTable(b *strings.Builder, head []string, rows [][]cell) {
	width := make([]int, len(head))
	all := append([][]cell{cellsOf(head)}, rows...)
	for ri, r := range all {
		r = append([]cell(nil), r...)
		for i := range r {
			if n := []rune(r[i].S); len(n) > 60 {
				r[i].S = string(n[:59]) + "…"
			}
		}
		all[ri] = r
	}
	for _, r := range all {
		for i, c := range r {
			if n := utf8.RuneCountInString(c.S); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	for ri, r := range all {
		var parts []string
		for i, c := range r {
			s := c.S
			if pad := width[i] - utf8.RuneCountInString(s); pad > 0 && i < len(r)-1 {
				if c.Num {
					s = strings.Repeat(" ", pad) + s
				} else {
					s += strings.Repeat(" ", pad)
				}
			}
			parts = append(parts, s)
		}
		fmt.Fprintf(b, "  %s\n", strings.TrimRight(strings.Join(parts, "  "), " "))
		if ri == 0 {
			var rule []string
			for _, n := range width {
				rule = append(rule, strings.Repeat("-", n))
			}
			fmt.Fprintf(b, "  %s\n", strings.Join(rule, "  "))
		}
	}
}

func cellsOf(ss []string) []cell {
	out := make([]cell, len(ss))
	for i, s := range ss {
		out[i] = cell{S: s}
	}
	return out
}

// mdEsc escapes text from a proposal so it cannot change the Markdown
// (report.MarkdownEscape).
func mdEsc(s string) string { return report.MarkdownEscape(s) }

func mdCell(c cell) string {
	s := mdEsc(c.S)
	if c.ID {
		s = "`" + strings.ReplaceAll(c.S, "`", "") + "`"
	}
	if c.URL != "" {
		s = "[" + s + "](" + c.URL + ")"
	}
	if c.Mark && s != "" {
		s = "**" + s + "**"
	}
	return s
}

// writeMarkdown writes the doc as GitHub-flavoured Markdown.
func (d *doc) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", mdEsc(d.title))
	for _, bl := range d.blocks {
		switch {
		case bl.h2 != "":
			fmt.Fprintf(&b, "\n## %s\n", mdEsc(bl.h2))
		case bl.para != "":
			fmt.Fprintf(&b, "\n%s\n", mdEsc(bl.para))
		case bl.note != "":
			fmt.Fprintf(&b, "\n_%s_\n", mdEsc(bl.note))
		case bl.head != nil:
			b.WriteString("\n|")
			for _, h := range bl.head {
				fmt.Fprintf(&b, " %s |", mdEsc(h))
			}
			b.WriteString("\n|")
			for i := range bl.head {
				align := " --- |"
				if len(bl.rows) > 0 && i < len(bl.rows[0]) && bl.rows[0][i].Num {
					align = " ---: |"
				}
				b.WriteString(align)
			}
			b.WriteString("\n")
			for _, r := range bl.rows {
				b.WriteString("|")
				for _, c := range r {
					fmt.Fprintf(&b, " %s |", mdCell(c))
				}
				b.WriteString("\n")
			}
		}
	}
	fmt.Fprintf(&b, "\n---\n\n%s\n", mdEsc(d.footer))
	_, err := io.WriteString(w, b.String())
	return err
}

const htmlStyle = `:root{--ink:#1d1d1f;--muted:#5a5a66;--line:#d0d0d8;--accent:#2f5d8a;--warn:#9a3412;--soft:#f4f5f8}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Hebrew",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.mark{color:var(--warn);font-weight:600}
.note{color:var(--muted);font-size:.9rem}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);direction:ltr;unicode-bidi:isolate}
.chart{margin:1rem 0}.chart svg{max-width:100%;height:auto;direction:ltr}
.n{direction:ltr;unicode-bidi:isolate}
.bars .grid{stroke:var(--line)}.bars .label{font-size:12px;fill:var(--ink)}.bars .val{font-size:11px;fill:var(--ink)}
.s0{fill:#2f5d8a}.s1{fill:#c2410c}.s2{fill:#15803d}.s3{fill:#7e22ce}.s4{fill:#a16207}.s5{fill:#0e7490}.s6{fill:#be185d}.s7{fill:#4b5563}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}
.legend .sw{display:inline-block;width:.9rem;height:.9rem;vertical-align:middle;margin-inline-end:.35rem}
.legend .s0{background:#2f5d8a}.legend .s1{background:#c2410c}.legend .s2{background:#15803d}.legend .s3{background:#7e22ce}.legend .s4{background:#a16207}.legend .s5{background:#0e7490}.legend .s6{background:#be185d}.legend .s7{background:#4b5563}
a{color:var(--accent)}footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
@media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}tr,.chart{break-inside:avoid}.legend .sw,.bars rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}}`

func htmlCell(c cell, tag string) string {
	s := html.EscapeString(c.S)
	if c.ID {
		s = `<span class="id">` + s + `</span>`
	} else if c.Num && !strings.ContainsFunc(c.S, unicode.IsLetter) {
		s = `<span class="n">` + s + `</span>` // keeps +1.5 and 12.5% in order in right-to-left text
	}
	if c.URL != "" {
		s = `<a href="` + html.EscapeString(c.URL) + `">` + s + `</a>`
	}
	var cls []string
	if c.Num {
		cls = append(cls, "num")
	}
	if c.Mark {
		cls = append(cls, "mark")
	}
	attr := ""
	if len(cls) > 0 {
		attr = ` class="` + strings.Join(cls, " ") + `"`
	}
	return "<" + tag + attr + ">" + s + "</" + tag + ">"
}

// writeHTML writes the doc as one self-contained, printable HTML file:
// inline CSS, no scripts, nothing loaded from anywhere.
func (d *doc) writeHTML(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"exitguide\">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n<main>\n<h1>%s</h1>\n",
		d.lang, d.dir, html.EscapeString(d.title), htmlStyle, html.EscapeString(d.title))
	for _, bl := range d.blocks {
		switch {
		case bl.h2 != "":
			fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(bl.h2))
		case bl.para != "":
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(bl.para))
		case bl.note != "":
			fmt.Fprintf(&b, "<p class=\"note\">%s</p>\n", html.EscapeString(bl.note))
		case bl.chart != nil:
			b.WriteString(bl.chart.svg(d.dir == "rtl"))
		case bl.head != nil:
			b.WriteString("<table>\n<thead><tr>")
			for i, h := range bl.head {
				c := cell{S: h}
				if len(bl.rows) > 0 && i < len(bl.rows[0]) {
					c.Num = bl.rows[0][i].Num
				}
				b.WriteString(strings.Replace(htmlCell(c, "th"), "<th", `<th scope="col"`, 1))
			}
			b.WriteString("</tr></thead>\n<tbody>\n")
			for _, r := range bl.rows {
				b.WriteString("<tr>")
				for _, c := range r {
					b.WriteString(htmlCell(c, "td"))
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</tbody>\n</table>\n")
		}
	}
	fmt.Fprintf(&b, "</main>\n<footer>%s</footer>\n</body>\n</html>\n", html.EscapeString(d.footer))
	_, err := io.WriteString(w, b.String())
	return err
}

// chart is a grouped bar chart: one group per domain, one bar per series
// (person or date), 0 to 100%.
type chart struct {
	title, desc string
	groups      []string
	series      []string
	values      [][]*float64 // [group][series]
	fmtPct      func(float64) string
}

// svg draws the chart as inline SVG with a title, a description and a
// legend; right-to-left mirrors it so bars grow from the start side.
func (c *chart) svg(rtl bool) string {
	const (
		width  = 640.0
		labelH = 18.0
		barH   = 12.0
		gap    = 10.0
		left   = 8.0
		plotW  = 520.0
	)
	ns := len(c.series)
	groupH := labelH + float64(ns)*(barH+2) + gap
	height := float64(len(c.groups))*groupH + 24
	x := func(v float64, w float64) float64 { // the start of a box of width w at position v
		if rtl {
			return width - v - w
		}
		return v
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="chart"><svg class="bars" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-labelledby="chart-t chart-d" xmlns="http://www.w3.org/2000/svg">`,
		num1(width), num1(height), num1(width), num1(height))
	fmt.Fprintf(&b, `<title id="chart-t">%s</title><desc id="chart-d">%s</desc>`, html.EscapeString(c.title), html.EscapeString(c.desc))
	for _, f := range []float64{0, 0.25, 0.5, 0.75, 1} {
		gx := x(left+f*plotW, 0)
		fmt.Fprintf(&b, `<line class="grid" x1="%s" y1="0" x2="%s" y2="%s"/>`, num1(gx), num1(gx), num1(height-20))
		anchor := "middle"
		fmt.Fprintf(&b, `<text class="val" x="%s" y="%s" text-anchor="%s">%s</text>`, num1(gx), num1(height-6), anchor, html.EscapeString(c.fmtPct(f*100)))
	}
	y := 0.0
	for gi, g := range c.groups {
		anchor := "start"
		if rtl {
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text class="label" x="%s" y="%s" text-anchor="%s">%s</text>`, num1(x(left, 0)), num1(y+13), anchor, html.EscapeString(g))
		yy := y + labelH
		for si := range c.series {
			v := c.values[gi][si]
			if v != nil {
				w := plotW * *v / 100
				fmt.Fprintf(&b, `<rect class="s%d" x="%s" y="%s" width="%s" height="%s"><title>%s: %s</title></rect>`,
					si%8, num1(x(left, w)), num1(yy), num1(w), num1(barH), html.EscapeString(c.series[si]), html.EscapeString(c.fmtPct(*v)))
				fmt.Fprintf(&b, `<text class="val" x="%s" y="%s" text-anchor="%s">%s</text>`, num1(x(left+w+4, 0)), num1(yy+10), anchor, html.EscapeString(c.fmtPct(*v)))
			}
			yy += barH + 2
		}
		y += groupH
	}
	b.WriteString(`</svg><figcaption><ul class="legend">`)
	for i, s := range c.series {
		fmt.Fprintf(&b, `<li><span class="sw s%d" aria-hidden="true"></span>%s</li>`, i%8, html.EscapeString(s))
	}
	b.WriteString("</ul></figcaption></figure>\n")
	return b.String()
}

func num1(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	if s == "-0.0" {
		s = "0.0"
	}
	return strings.TrimSuffix(s, ".0")
}
